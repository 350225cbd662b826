using System.Text.Json.Nodes;
using GraphDsl.Cli.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>graphdsl validate</c>: local validation of untyped graphs, batches and enqueue bodies.</summary>
public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData("call-wf-sdxl-text-to-image")]
    [InlineData("call-wf-flux-image-to-image")]
    public async Task The_graph_of_a_real_captured_queue_item_is_valid(string name)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("graph.json", GraphFiles.Captured(name).ToJsonString());

        var result = await CliHarness.RunAsync("validate", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("graph.json: valid (a graph)", result.Output);
    }

    [Fact]
    public async Task An_enqueue_body_and_a_batch_are_recognised()
    {
        using var dir = new TempDirectory();
        var graph = JsonNode.Parse(GraphFiles.Hello)!;
        var body = dir.Write("body.json", new JsonObject { ["batch"] = new JsonObject { ["graph"] = graph.DeepClone(), ["runs"] = 2 }, ["prepend"] = false }.ToJsonString());
        var batch = dir.Write("batch.json", new JsonObject { ["graph"] = graph.DeepClone(), ["runs"] = 1 }.ToJsonString());

        var bodyResult = await CliHarness.RunAsync("validate", body);
        var batchResult = await CliHarness.RunAsync("validate", batch);

        Assert.Contains("valid (an enqueue_batch body)", bodyResult.Output);
        Assert.Contains("valid (a batch)", batchResult.Output);
        Assert.Equal(0, bodyResult.ExitCode + batchResult.ExitCode);
    }

    [Fact]
    public async Task Every_problem_is_listed_with_its_node_and_field_and_the_exit_code_is_1()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bad.json", """
            {
              "id": "g",
              "nodes": {
                "a": { "id": "a", "type": "add", "a": "two" },
                "n": { "id": "n", "type": "noise", "width": 12 }
              },
              "edges": []
            }
            """);

        var result = await CliHarness.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.json: node 'a' (add), field 'a': Input should be a valid integer, unable to parse string as an integer", result.Output);
        Assert.Contains("bad.json: node 'n' (noise), field 'width': Input should be a multiple of 8", result.Output);
        Assert.Contains("bad.json: 2 problem(s)", result.Output);
    }

    [Fact]
    public async Task An_edge_from_a_missing_node_names_it()
    {
        using var dir = new TempDirectory();
        var graph = JsonNode.Parse(GraphFiles.Hello)!.AsObject();
        graph["edges"]![0]!["source"]!["node_id"] = "ghost";
        var file = dir.Write("g.json", graph.ToJsonString());

        var result = await CliHarness.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("g.json: graph:", result.Output);
        Assert.Contains("ghost", result.Output);
    }

    [Fact]
    public async Task A_required_input_without_value_or_edge_is_reported_although_the_server_would_enqueue_it()
    {
        using var dir = new TempDirectory();
        var graph = JsonNode.Parse(GraphFiles.Hello)!.AsObject();
        graph["edges"] = new JsonArray();
        graph["nodes"]!["l2i"] = JsonNode.Parse("""{ "id": "l2i", "type": "l2i" }""");
        var file = dir.Write("g.json", graph.ToJsonString());

        var result = await CliHarness.RunAsync("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("g.json: node 'l2i' (l2i), field 'latents': required input has no edge (accepted at enqueue; fails when the node runs)", result.Output);
        Assert.Contains("g.json: node 'l2i' (l2i), field 'vae': required input has no edge", result.Output);
    }

    [Fact]
    public async Task A_batch_datum_counts_as_the_value_of_a_required_input()
    {
        using var dir = new TempDirectory();
        var body = new JsonObject
        {
            ["batch"] = new JsonObject
            {
                ["graph"] = JsonNode.Parse("""{ "id": "g", "nodes": { "r": { "id": "r", "type": "img_resize" } }, "edges": [] }"""),
                ["data"] = JsonNode.Parse("""[[{ "node_path": "r", "field_name": "image", "items": [{ "image_name": "a.png" }] }]]"""),
            },
        };
        var withDatum = dir.Write("with.json", body.ToJsonString());
        body["batch"]!["data"] = new JsonArray();
        var without = dir.Write("without.json", body.ToJsonString());

        var ok = await CliHarness.RunAsync("validate", withDatum);
        var missing = await CliHarness.RunAsync("validate", without);

        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("node 'r' (img_resize), field 'image': required input has no value and no edge", missing.Output);
    }

    [Fact]
    public async Task An_unknown_node_type_is_reported_against_the_schema_given()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("g.json", """{ "id": "g", "nodes": { "x": { "id": "x", "type": "if" } }, "edges": [] }""");

        var on614 = await CliHarness.RunAsync("validate", file);
        var on68 = await CliHarness.RunAsync("validate", file, "--schema", CliHarness.TestFile("schemas/invokeai-6.8.openapi.json"));

        Assert.DoesNotContain("does not match any of the expected tags", on614.Output);
        Assert.Equal(1, on68.ExitCode);
        Assert.Contains("g.json: node 'x':", on68.Output);
        Assert.Contains("does not match any of the expected tags", on68.Output);
    }

    [Fact]
    public async Task Text_that_is_not_JSON_is_one_line_with_its_position()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("g.json", "{\n  \"nodes\": {\n    \"a\": ,\n");

        var result = await CliHarness.RunAsync("validate", file);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("g.json(3,10): not valid JSON", line);
    }
}
