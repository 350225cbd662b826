using GraphDsl.Emulator;
using GraphDsl.Emulator.Models;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>FindModelAsync against the emulator's <c>GET /api/v2/models/</c>, and the identifier a loader node takes.</summary>
public sealed class ModelTests
{
    [Fact]
    public async Task FindModelAsync_finds_an_installed_model_by_name_base_and_type()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);

        var main = await invoke.FindModelAsync("Juggernaut XL v9", "sdxl", "main");
        var wrongBase = await invoke.FindModelAsync("Juggernaut XL v9", "flux");
        var missing = await invoke.FindModelAsync("no such model");

        Assert.NotNull(main);
        Assert.Equal(("Juggernaut XL v9", "sdxl", "main"), (main.Name, main.Base, main.Type));
        Assert.Null(wrongBase);
        Assert.Null(missing);
    }

    [Fact]
    public async Task A_found_model_becomes_the_identifier_a_loader_node_runs_with()
    {
        var options = new EmulatorOptions();
        options.Models.Add(new EmulatorModel("My SDXL", "sdxl", "main"));
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress);
        var model = (await invoke.FindModelAsync("My SDXL", "sdxl", "main"))!;

        var identifier = model.ToIdentifier<ModelIdentifierField>();
        var g = new GraphBuilder();
        var loader = g.Add(new SDXLModelLoaderInvocation { Model = identifier });
        var run = await invoke.RunAsync(g.Build()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((model.Key, "My SDXL"), (identifier.Key, identifier.Name));
        Assert.Equal(model.Key, run.Output(loader).Unet!.Unet.Key);
    }
}
