using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using Xunit;
using static GraphDsl.Emulator.Tests.Execution.ExecutionFixture;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>Materialisation, iteration, collection and scheduling, ported from InvokeAI's tests/test_graph_execution_state.py.</summary>
public sealed class GraphExecutionTests
{
    private static List<JsonNode?> Collection(JsonObject result) => ((JsonArray)result["collection"]!).ToList();

    private static List<long> Longs(JsonObject result) => Collection(result).Select(v => (long)v!).ToList();

    internal static void AssertMappingsConsistent(JsonObject state)
    {
        var preparedSource = (JsonObject)state["prepared_source_mapping"]!;
        var sourcePrepared = (JsonObject)state["source_prepared_mapping"]!;
        var executionNodes = (JsonObject)state["execution_graph"]!["nodes"]!;
        var sourceNodes = (JsonObject)state["graph"]!["nodes"]!;
        Assert.Equal(preparedSource.Select(p => p.Key).Order(), executionNodes.Select(p => p.Key).Order());
        Assert.Equal(preparedSource.Select(p => p.Key).Order(), ((JsonObject)state["prepared_iteration_paths"]!).Select(p => p.Key).Order());
        foreach (var (prepared, source) in preparedSource)
        {
            Assert.True(Guid.TryParse(prepared, out _), $"prepared id {prepared} is not a uuid");
            Assert.True(sourceNodes.ContainsKey((string)source!));
            Assert.Contains(prepared, ((JsonArray)sourcePrepared[(string)source!]!).Select(p => (string)p!));
            Assert.Equal(prepared, (string)executionNodes[prepared]!["id"]!);
        }
        foreach (var (source, prepared) in sourcePrepared)
        {
            foreach (var id in (JsonArray)prepared!)
                Assert.Equal(source, (string)preparedSource[(string)id!]!);
        }
        foreach (var (prepared, _) in (JsonObject)state["results"]!)
            Assert.True(preparedSource.ContainsKey(prepared));
        var executed = ((JsonArray)state["executed"]!).Select(e => (string)e!).ToList();
        var history = ((JsonArray)state["executed_history"]!).Select(e => (string)e!).ToList();
        Assert.Equal(executed.Count, executed.Distinct().Count());
        Assert.Equal(history.Count, history.Distinct().Count());
        Assert.All(history, source => Assert.Contains(source, executed));
        Assert.All(history, source => Assert.True(sourceNodes.ContainsKey(source)));
    }

    [Fact]
    public async Task A_chain_runs_in_order_with_fresh_prepared_ids()
    {
        var graph = new TestGraph()
            .Node("three", "integer", new { value = 3 })
            .Node("sum", "add", new { b = 4 })
            .Node("product", "mul", new { b = 2 })
            .Edge("three", "value", "sum", "a")
            .Edge("sum", "value", "product", "a")
            .Build();

        var (_, outcome, observer, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal(14L, (long)ResultsOf(state, "product").Single()["value"]!);
        Assert.Equal(["three", "sum", "product"], ((JsonArray)state["executed_history"]!).Select(e => (string)e!));
        Assert.Equal(6, ((JsonArray)state["executed"]!).Count);
        Assert.Empty((JsonObject)state["errors"]!);
        Assert.Equal(["started", "complete", "started", "complete", "started", "complete"], observer.Events.Select(e => e.Kind));
        Assert.Equal(["three", "sum", "product"], observer.Events.Where(e => e.Kind == "started").Select(e => e.Node.SourceId));
        var sumNode = (JsonObject)state["execution_graph"]!["nodes"]![PreparedOf(state, "sum").Single()]!;
        Assert.Equal(3L, (long)sumNode["a"]!); // the resolved input
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task Several_edges_into_one_input_the_last_wins()
    {
        var graph = new TestGraph()
            .Node("one", "integer", new { value = 1 })
            .Node("two", "integer", new { value = 2 })
            .Node("sum", "add", new { b = 0 })
            .Edge("one", "value", "sum", "a")
            .Edge("two", "value", "sum", "a")
            .Build();

        var (_, _, _, _, state) = await RunAsync(graph);

        Assert.Equal(2L, (long)ResultsOf(state, "sum").Single()["value"]!);
    }

    [Fact]
    public async Task An_iterator_gets_one_copy_per_element_and_the_collector_keeps_their_order()
    {
        var graph = new TestGraph()
            .Node("range", "range", new { start = 0, stop = 3, step = 1 })
            .Node("iterate", "iterate")
            .Node("body", "add", new { b = 10 })
            .Node("collect", "collect")
            .Edge("range", "collection", "iterate", "collection")
            .Edge("iterate", "item", "body", "a")
            .Edge("body", "value", "collect", "item")
            .Build();

        var (_, outcome, observer, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal([10L, 11L, 12L], Longs(ResultsOf(state, "collect").Single()));
        var iterateIds = PreparedOf(state, "iterate");
        Assert.Equal(3, iterateIds.Count);
        var nodes = (JsonObject)state["execution_graph"]!["nodes"]!;
        Assert.Equal([0, 1, 2], iterateIds.Select(id => (int)nodes[id]!["index"]!).Order());
        Assert.All(iterateIds, id => Assert.False((bool)nodes[id]!["use_cache"]!));
        Assert.All(iterateIds, id => Assert.Empty((JsonArray)nodes[id]!["collection"]!)); // released once done
        Assert.All(iterateIds, id => Assert.Equal((int)nodes[id]!["index"]!, (int)state["prepared_iteration_paths"]![id]![0]!));
        Assert.All(observer.Events.Where(e => e.Node.SourceId is "iterate" or "collect"), e => Assert.Empty((JsonArray)e.Node.Invocation["collection"]!));
        Assert.Equal([0L, 1L, 2L], ResultsOf(state, "iterate").Select(r => (long)r["item"]!));
        Assert.All(ResultsOf(state, "iterate"), r => Assert.Equal(3, (int)r["total"]!));
        Assert.Equal(3, PreparedOf(state, "body").Count);
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task A_node_under_two_iterators_gets_one_copy_per_combination()
    {
        var graph = new TestGraph()
            .Node("range_a", "range", new { start = 0, stop = 2, step = 1 })
            .Node("range_b", "range", new { start = 0, stop = 3, step = 1 })
            .Node("iterate_a", "iterate")
            .Node("iterate_b", "iterate")
            .Node("sum", "add")
            .Edge("range_a", "collection", "iterate_a", "collection")
            .Edge("range_b", "collection", "iterate_b", "collection")
            .Edge("iterate_a", "item", "sum", "a")
            .Edge("iterate_b", "item", "sum", "b")
            .Build();

        var (_, outcome, _, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal(6, PreparedOf(state, "sum").Count);
        var paths = PreparedOf(state, "sum").Select(id => string.Join(",", (JsonArray)state["prepared_iteration_paths"]![id]!)).Order();
        Assert.Equal(["0,0", "0,1", "0,2", "1,0", "1,1", "1,2"], paths);
        Assert.Equal([0L, 1L, 2L, 1L, 2L, 3L], ResultsOf(state, "sum").Select(r => (long)r["value"]!));
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task An_empty_iterator_materialises_nothing_and_the_collector_yields_an_empty_list()
    {
        var graph = new TestGraph()
            .Node("empty", "integer_collection", new { collection = Array.Empty<int>() })
            .Node("iterate", "iterate")
            .Node("body", "add", new { b = 1 })
            .Node("collect", "collect")
            .Node("consumer", "integer_collection")
            .Edge("empty", "collection", "iterate", "collection")
            .Edge("iterate", "item", "body", "a")
            .Edge("body", "value", "collect", "item")
            .Edge("collect", "collection", "consumer", "collection")
            .Build();

        var (_, outcome, _, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Empty(PreparedOf(state, "iterate"));
        Assert.Empty(PreparedOf(state, "body"));
        Assert.Empty(Collection(ResultsOf(state, "collect").Single()));
        Assert.Empty(Collection(ResultsOf(state, "consumer").Single()));
        Assert.Equal(new[] { "body", "collect", "consumer", "empty", "iterate" }, ((JsonArray)state["executed_history"]!).Select(e => (string)e!).Order());
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task A_collector_appends_items_after_its_collection_inputs()
    {
        var graph = new TestGraph()
            .Node("base", "integer_collection", new { collection = new[] { 7, 8 } })
            .Node("extra", "integer", new { value = 1 })
            .Node("collect", "collect")
            .Edge("base", "collection", "collect", "collection")
            .Edge("extra", "value", "collect", "item")
            .Build();

        var (_, _, _, _, state) = await RunAsync(graph);

        Assert.Equal([7L, 8L, 1L], Longs(ResultsOf(state, "collect").Single()));
    }

    /// <summary>Nested iterators: mul + range_of_size stand in for IntegerCollectionFromItemTestInvocation (v → [10v, 10v+1]).</summary>
    private static TestGraph NestedIterators() => new TestGraph()
        .Node("outer_range", "range", new { start = 0, stop = 2, step = 1 })
        .Node("outer_iter", "iterate")
        .Node("times_ten", "mul", new { b = 10 })
        .Node("inner_collection", "range_of_size", new { size = 2, step = 1 })
        .Node("inner_iter", "iterate")
        .Node("inner_item", "add", new { b = 0 })
        .Edge("outer_range", "collection", "outer_iter", "collection")
        .Edge("outer_iter", "item", "times_ten", "a")
        .Edge("times_ten", "value", "inner_collection", "start")
        .Edge("inner_collection", "collection", "inner_iter", "collection")
        .Edge("inner_iter", "item", "inner_item", "a");

    [Fact]
    public async Task A_collector_nested_under_an_outer_iterator_collects_per_outer_iteration()
    {
        var graph = NestedIterators()
            .Node("collect", "collect")
            .Node("per_outer_consumer", "integer_collection")
            .Edge("inner_item", "value", "collect", "item")
            .Edge("collect", "collection", "per_outer_consumer", "collection")
            .Build();

        var (_, outcome, _, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal(4, PreparedOf(state, "inner_item").Count);
        var collections = ResultsOf(state, "per_outer_consumer").Select(r => string.Join(",", Longs(r))).Order();
        Assert.Equal(["0,1", "10,11"], collections);
        var collectPaths = PreparedOf(state, "collect").Select(id => string.Join(",", (JsonArray)state["prepared_iteration_paths"]![id]!)).Order();
        Assert.Equal(["0", "1"], collectPaths);
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task Chained_collectors_keep_the_outer_iteration_scope()
    {
        var graph = NestedIterators()
            .Node("collect_a", "collect")
            .Node("downstream_iter", "iterate")
            .Node("downstream_body", "add", new { b = 0 })
            .Node("collect_b", "collect")
            .Node("per_outer", "integer_collection")
            .Node("outer_collect", "collect")
            .Edge("inner_item", "value", "collect_a", "item")
            .Edge("collect_a", "collection", "downstream_iter", "collection")
            .Edge("downstream_iter", "item", "downstream_body", "a")
            .Edge("downstream_body", "value", "collect_b", "item")
            .Edge("collect_b", "collection", "per_outer", "collection")
            .Edge("per_outer", "collection", "outer_collect", "item")
            .Build();

        var (_, outcome, _, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal(["0,1", "10,11"], ResultsOf(state, "collect_b").Select(r => string.Join(",", Longs(r))).Order());
        var outer = Collection(ResultsOf(state, "outer_collect").Single()).Select(c => string.Join(",", ((JsonArray)c!).Select(v => (long)v!)));
        Assert.Equal(["0,1", "10,11"], outer);
        AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task Ready_nodes_run_class_by_class_in_name_order()
    {
        var graph = new TestGraph()
            .Node("x", "integer", new { value = 1 })
            .Node("y", "integer", new { value = 2 })
            .Node("x_plus", "add", new { b = 1 })
            .Node("y_plus", "add", new { b = 1 })
            .Node("x_text", "string", new { value = "x" })
            .Edge("x", "value", "x_plus", "a")
            .Edge("y", "value", "y_plus", "a")
            .Build();

        var (_, _, observer, _, _) = await RunAsync(graph);

        // AddInvocation < IntegerInvocation < StringInvocation: the integers and the string are ready first; the
        // integer class is drained, then the adds it released come before the string.
        Assert.Equal(["integer", "integer", "add", "add", "string"], observer.Events.Where(e => e.Kind == "started").Select(e => (string)e.Node.Invocation["type"]!));
    }
}
