using System.Text.Json.Nodes;
using GraphDsl.Cli.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>graphdsl workflow graph</c> and <c>workflow run</c> on InvokeAI's default workflows.</summary>
public sealed class WorkflowCommandTests
{
    private const string Sdxl = "Workflows/Text to Image - SDXL.json";
    private const string PositivePromptNode = "ade2c0d3-0384-4157-b39b-29ce429cfa15";
    private const string ModelLoaderNode = "30d3289c-773c-4152-a9d2-bd8a99c8fd22";

    [Fact]
    public async Task Graph_prints_the_converted_graph_with_the_inputs_set_by_label()
    {
        var result = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--set", "Positive Prompt=a red fox");

        Assert.True(result.ExitCode == 0, result.ToString());
        var graph = JsonNode.Parse(result.Output)!.AsObject();
        Assert.Equal("a red fox", (string?)graph["nodes"]![PositivePromptNode]!["value"]);
        Assert.NotEmpty(graph["edges"]!.AsArray());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Graph_with_batch_prints_the_enqueue_body_the_UI_sends()
    {
        var result = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--batch", "--runs", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        var batch = JsonNode.Parse(result.Output)!["batch"]!;
        Assert.Equal("workflows", (string?)batch["origin"]);
        Assert.Equal("gallery", (string?)batch["destination"]);
        Assert.Equal(3, (int?)batch["runs"]);
        Assert.Equal("Text to Image - SDXL", (string?)batch["workflow"]!["name"]);
        Assert.NotNull(batch["graph"]!["nodes"]![ModelLoaderNode]);
    }

    [Fact]
    public async Task Verbose_lists_what_the_UI_leaves_out_on_stderr()
    {
        var result = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--verbose");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("left out:", result.Error);
        Assert.Contains("collapsed", result.Error);
        Assert.NotNull(JsonNode.Parse(result.Output));
    }

    [Fact]
    public async Task An_unknown_input_name_is_one_line_listing_the_inputs()
    {
        var result = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--set", "Prompt=x");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'Positive Prompt'", line);
        Assert.Contains("'Negative Prompt'", line);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field_and_its_type()
    {
        var result = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--set", "63e91020-83b2-4f35-b174-ad9692aabb48.tile_size=big");
        var model = await CliHarness.RunAsync("workflow", "graph", CliHarness.TestFile(Sdxl), "--set", $"{ModelLoaderNode}.model=[1]");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'big' is not an integer (int)", result.Error);
        Assert.Equal(2, model.ExitCode);
        Assert.Contains("ModelIdentifierField", model.Error);
    }

    [Fact]
    public async Task A_workflow_that_does_not_fit_the_schema_gives_one_line_per_problem_with_node_id_and_label()
    {
        using var dir = new TempDirectory();
        var workflow = JsonNode.Parse(File.ReadAllText(CliHarness.TestFile(Sdxl)))!.AsObject();
        var node = workflow["nodes"]!.AsArray().First(n => (string?)n!["id"] == PositivePromptNode)!;
        node["data"]!["type"] = "no_such_node";
        var file = dir.Write("bad.json", workflow.ToJsonString());

        var result = await CliHarness.RunAsync("workflow", "graph", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"bad.json: node '{PositivePromptNode}' (Positive Prompt)", result.Error);
        Assert.Contains("no_such_node", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_on_the_emulator_completes_with_models_set_by_name()
    {
        using var dir = new TempDirectory();
        var images = dir.File("images");

        var result = await CliHarness.RunAsync(
            "workflow", "run", CliHarness.TestFile(Sdxl), "--emulator", "--images", images,
            "--set", "Positive Prompt=a red fox",
            "--set", $"{ModelLoaderNode}.model=Juggernaut XL v9",
            "--set", "VAE (use the FP16 model)=sdxl-vae-fp16-fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Running workflow 'Text to Image - SDXL' (1 item(s))", result.Output);
        Assert.Contains("1 item(s) completed", result.Output);
        Assert.Single(Directory.GetFiles(images));
    }

    [Fact]
    public async Task Run_against_a_server_converts_with_the_servers_own_schema()
    {
        using var dir = new TempDirectory();
        await using var server = await GraphDsl.Emulator.InvokeEmulator.StartAsync();

        var result = await CliHarness.RunAsync(
            "workflow", "run", CliHarness.TestFile(Sdxl), "--url", server.BaseAddress.ToString(), "--images", dir.File("images"),
            "--set", $"{ModelLoaderNode}.model=Juggernaut XL v9",
            "--set", "VAE (use the FP16 model)=sdxl-vae-fp16-fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"on InvokeAI 6.14.0, {server.BaseAddress}", result.Output);
        Assert.Contains("1 item(s) completed", result.Output);
    }

    [Fact]
    public async Task Run_without_a_required_model_fails_the_item_and_exits_1()
    {
        var result = await CliHarness.RunAsync("workflow", "run", CliHarness.TestFile(Sdxl), "--emulator");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"failed in node '{ModelLoaderNode}'", result.Output);
    }

    [Fact]
    public async Task A_model_name_the_server_does_not_have_is_refused_before_anything_is_enqueued()
    {
        var result = await CliHarness.RunAsync("workflow", "run", CliHarness.TestFile(Sdxl), "--emulator", "--set", $"{ModelLoaderNode}.model=No Such Model");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the server has no model named 'No Such Model'", result.Error);
        Assert.DoesNotContain("Running", result.Output);
    }
}
