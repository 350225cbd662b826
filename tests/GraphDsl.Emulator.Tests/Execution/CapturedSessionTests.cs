using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using Xunit;
using static GraphDsl.Emulator.Tests.Execution.ExecutionFixture;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>The graphs of real queue items run to completion with the captured output types, and every output validates.</summary>
public sealed class CapturedSessionTests
{
    [Theory]
    [MemberData(nameof(CapturedItems.Names), MemberType = typeof(CapturedItems))]
    public async Task A_captured_graph_runs_to_completion_with_the_captured_output_types(string name)
    {
        var captured = (JsonObject)CapturedItems.Load(name)["session"]!;

        var inputs = new FakeImageStore();
        foreach (var imageName in ImageNames(captured["graph"]!["nodes"]))
            inputs.AddNamed(imageName, GraphDsl.Emulator.Nodes.PngEncoder.Gradient(64, 48, 1), 64, 48);

        var (_, outcome, observer, images, state) = await RunAsync((JsonObject)captured["graph"]!, images: inputs);

        AssertCompleted(outcome);
        var capturedMapping = (JsonObject)captured["prepared_source_mapping"]!;
        foreach (var (preparedId, result) in (JsonObject)captured["results"]!)
        {
            var source = (string)capturedMapping[preparedId]!;
            var mine = ResultsOf(state, source);
            Assert.NotEmpty(mine);
            Assert.All(mine, r => Assert.Equal((string)result!["type"]!, (string)r["type"]!));
        }
        Assert.Equal(((JsonObject)captured["graph"]!["nodes"]!).Count, ((JsonArray)state["executed_history"]!).Count);
        Assert.Equal(observer.Events.Count(e => e.Kind == "started"), ((JsonObject)state["results"]!).Count);
        foreach (var (_, result) in (JsonObject)state["results"]!)
        {
            var type = (string)result!["type"]!;
            var errors = OutputSchemas.Validate(Schema614.FindOutput(type)!.SchemaName, result);
            Assert.True(errors.Count == 0, $"{type}: {string.Join("; ", errors)}\n{result.ToJsonString()}");
            foreach (var imageName in ImageNames(result))
            {
                var record = images.Find(imageName);
                Assert.NotNull(record);
                NodeImplementationTests.AssertValidPng(images.ReadPng(imageName)!, record.Width, record.Height);
            }
        }
        GraphExecutionTests.AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task The_sdxl_image_has_the_size_of_the_noise()
    {
        var captured = (JsonObject)CapturedItems.Load("call-wf-sdxl-text-to-image.json")["session"]!;

        var (_, _, _, images, state) = await RunAsync((JsonObject)captured["graph"]!);

        var image = ResultsOf(state, "canvas_output:JbPTiAJ26r").Single();
        Assert.Equal((768, 1024), ((int)image["width"]!, (int)image["height"]!));
        var record = images.Find((string)image["image"]!["image_name"]!)!;
        Assert.Equal((768, 1024, false), (record.Width, record.Height, record.IsIntermediate));
    }

    [Fact]
    public async Task The_session_json_validates_against_GraphExecutionState()
    {
        var graph = new TestGraph()
            .Node("range", "range", new { start = 0, stop = 2, step = 1 })
            .Node("iterate", "iterate")
            .Node("body", "add", new { b = 1 })
            .Node("collect", "collect")
            .Edge("range", "collection", "iterate", "collection")
            .Edge("iterate", "item", "body", "a")
            .Edge("body", "value", "collect", "item")
            .Build();
        var session = ExecutionSession.Create(graph, Schema614);
        var before = session.ToJson();

        var (_, _, _, _, after) = await RunAsync(graph);

        foreach (var state in new[] { before, after })
        {
            var errors = OutputSchemas.Validate("GraphExecutionState", state);
            Assert.True(errors.Count == 0, string.Join("; ", errors));
        }
        Assert.Equal(
            ["id", "graph", "execution_graph", "executed", "executed_history", "results", "errors", "workflow_call_stack", "workflow_call_history", "workflow_call_parent", "waiting_workflow_call", "waiting_workflow_call_execution", "waiting_workflow_call_child_session", "max_workflow_call_depth", "prepared_source_mapping", "source_prepared_mapping", "prepared_iteration_paths", "ready_order", "indegree"],
            after.Select(p => p.Key));
        Assert.Empty((JsonObject)before["execution_graph"]!["nodes"]!);
        Assert.All((JsonObject)after["indegree"]!, p => Assert.Equal(0, (int)p.Value!));
    }

    private static IEnumerable<string> ImageNames(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "image_name" && p.Value is JsonValue v ? [(string)v!] : ImageNames(p.Value)),
        JsonArray array => array.SelectMany(ImageNames),
        _ => [],
    };
}
