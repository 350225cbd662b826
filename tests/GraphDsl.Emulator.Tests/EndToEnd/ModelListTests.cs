using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Models;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.EndToEnd;

/// <summary><c>GET /api/v2/models/</c>: schema-valid configs of the configured models, filtered as the server filters.</summary>
public sealed class ModelListTests
{
    [Fact]
    public async Task The_default_models_are_valid_configs_of_their_types()
    {
        await using var client = await EmulatorClient.StartAsync();

        var list = (await client.Http.GetFromJsonAsync<JsonObject>("api/v2/models/"))!;

        OpenApiOracle.V614.AssertValid(list, "ModelsList");
        var models = list["models"]!.AsArray();
        Assert.Equal(EmulatorModel.Defaults.Select(m => m.Name), models.Select(m => (string?)m!["name"]));
        Assert.All(models, m => Assert.True(Guid.TryParse((string?)m!["key"], out _)));
    }

    [Theory]
    [InlineData("?model_name=Juggernaut%20XL%20v9", "Juggernaut XL v9")]
    [InlineData("?base_models=sdxl&model_type=vae", "sdxl-vae-fp16-fix")]
    [InlineData("?base_models=flux&base_models=sd-1", "FLUX Schnell (Quantized)")]
    [InlineData("?model_name=nope", null)]
    public async Task Filters_select_by_name_base_and_type(string query, string? expected)
    {
        await using var client = await EmulatorClient.StartAsync();

        var models = (await client.Http.GetFromJsonAsync<JsonObject>("api/v2/models/" + query))!["models"]!.AsArray();

        Assert.Equal(expected is null ? [] : [expected], models.Select(m => (string?)m!["name"]));
    }

    [Fact]
    public async Task Configured_models_replace_the_defaults_and_keep_a_stable_key()
    {
        var options = new EmulatorOptions();
        options.Models.Clear();
        options.Models.Add(new EmulatorModel("My LoRA", "sdxl", "lora", "lycoris"));
        await using var first = await EmulatorClient.StartAsync(options);
        await using var second = await EmulatorClient.StartAsync(options);

        var a = (await first.Http.GetFromJsonAsync<JsonObject>("api/v2/models/"))!;
        var b = (await second.Http.GetFromJsonAsync<JsonObject>("api/v2/models/"))!;

        OpenApiOracle.V614.AssertValid(a, "ModelsList");
        var model = Assert.Single(a["models"]!.AsArray())!;
        Assert.Equal(("My LoRA", "lora", "lycoris"), ((string?)model["name"], (string?)model["type"], (string?)model["format"]));
        Assert.Equal((string?)model["key"], (string?)b["models"]![0]!["key"]);
    }

    [Fact]
    public void A_model_the_schema_has_no_config_for_is_refused_at_start()
    {
        var error = Assert.Throws<InvalidDataException>(() => new ModelCatalog(Execution.ExecutionFixture.Schema614, [new EmulatorModel("x", "sdxl", "teleporter")]));

        Assert.Contains("'teleporter'", error.Message);
    }
}
