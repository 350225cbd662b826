using System.Text.Json;
using GraphDsl;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>GraphRun's mapping of results back to source ids, without a server.</summary>
public sealed class GraphRunTests
{
    private static GraphRun Run(string session) =>
        new(new InvokeQueueItem(JsonDocument.Parse($$"""{"item_id": 7, "status": "completed", "session": {{session}}}""").RootElement));

    [Fact]
    public void Iterated_results_are_ordered_by_iteration_path_not_by_mapping_order()
    {
        var run = Run("""
            {"source_prepared_mapping": {"add": ["p3", "p1", "p2"]},
             "prepared_iteration_paths": {"p1": [0], "p2": [1], "p3": [2]},
             "results": {"p1": {"type": "integer_output", "value": 10},
                         "p2": {"type": "integer_output", "value": 11},
                         "p3": {"type": "integer_output", "value": 12}}}
            """);

        Assert.Equal([10L, 11, 12], run.RawOutputs("add").Select(r => r.GetProperty("value").GetInt64()));
    }

    [Fact]
    public void A_typed_output_is_read_through_the_node_id_the_builder_gave()
    {
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation { A = 1, B = 2 }, "sum");
        var run = Run("""
            {"source_prepared_mapping": {"sum": ["x"]}, "results": {"x": {"type": "integer_output", "value": 3}}}
            """);

        Assert.Equal(3, run.Output(add).Value);
    }

    [Fact]
    public void A_node_without_results_has_no_outputs_and_Output_says_so()
    {
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation { A = 1, B = 2 }, "skipped");
        var run = Run("""{"source_prepared_mapping": {"skipped": ["x"]}, "results": {}}""");

        Assert.Empty(run.Outputs(add));
        var error = Assert.Throws<InvalidOperationException>(() => run.Output(add));
        Assert.Contains("skipped", error.Message);
    }

    [Fact]
    public void The_failing_node_is_mapped_back_to_its_source_id()
    {
        var item = new InvokeQueueItem(JsonDocument.Parse("""
            {"item_id": 3, "status": "failed", "error_type": "RuntimeError", "error_message": "boom",
             "session": {"errors": {"prep-1": "RuntimeError: boom"}, "prepared_source_mapping": {"prep-1": "mul"}}}
            """).RootElement);

        var error = new QueueItemFailedException(item);

        Assert.Equal("mul", error.NodeId);
        Assert.Contains("'mul'", error.Message);
    }
}
