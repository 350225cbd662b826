using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using Xunit;
using static GraphDsl.Emulator.Tests.Execution.ExecutionFixture;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>Lazy <c>if</c> branches, ported from InvokeAI's tests/test_graph_execution_state.py (:1612-2226).</summary>
public sealed class IfNodeTests
{
    private static List<string> Executed(JsonObject state) => ((JsonArray)state["executed"]!).Select(e => (string)e!).ToList();

    private static List<string> History(JsonObject state) => ((JsonArray)state["executed_history"]!).Select(e => (string)e!).ToList();

    [Fact]
    public async Task The_unselected_branch_is_skipped_executed_but_without_results()
    {
        var graph = new TestGraph()
            .Node("condition", "boolean", new { value = true })
            .Node("true_value", "string", new { value = "true branch" })
            .Node("false_value", "string", new { value = "false branch" })
            .Node("if", "if")
            .Node("selected_output", "string")
            .Edge("condition", "value", "if", "condition")
            .Edge("true_value", "value", "if", "true_input")
            .Edge("false_value", "value", "if", "false_input")
            .Edge("if", "value", "selected_output", "value")
            .Build();

        var (_, outcome, observer, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal("true branch", (string)ResultsOf(state, "selected_output").Single()["value"]!);
        Assert.Equal("true branch", (string)ResultsOf(state, "if").Single()["value"]!);
        var skipped = PreparedOf(state, "false_value").Single();
        Assert.Contains(skipped, Executed(state));
        Assert.Null(state["results"]![skipped]);
        Assert.DoesNotContain(observer.Events, e => e.Node.SourceId == "false_value");
        Assert.Equal(["condition", "false_value", "if", "selected_output", "true_value"], History(state).Order());
        Assert.Single(History(state), "false_value");
        GraphExecutionTests.AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task Shared_ancestors_still_run_and_only_exclusive_nodes_are_skipped()
    {
        var graph = new TestGraph()
            .Node("condition", "boolean", new { value = true })
            .Node("shared", "string", new { value = "shared value" })
            .Node("true_mid", "string")
            .Node("true_leaf", "string")
            .Node("false_mid", "string")
            .Node("false_leaf", "string")
            .Node("side_consumer", "string")
            .Node("if", "if")
            .Node("selected_output", "string")
            .Edge("condition", "value", "if", "condition")
            .Edge("shared", "value", "true_mid", "value")
            .Edge("true_mid", "value", "true_leaf", "value")
            .Edge("true_leaf", "value", "if", "true_input")
            .Edge("shared", "value", "false_mid", "value")
            .Edge("false_mid", "value", "false_leaf", "value")
            .Edge("false_leaf", "value", "if", "false_input")
            .Edge("shared", "value", "side_consumer", "value")
            .Edge("if", "value", "selected_output", "value")
            .Build();

        var (_, _, observer, _, state) = await RunAsync(graph);

        var ran = observer.Events.Where(e => e.Kind == "complete").Select(e => e.Node.SourceId).Order();
        Assert.Equal(["condition", "if", "selected_output", "shared", "side_consumer", "true_leaf", "true_mid"], ran);
        Assert.Equal("shared value", (string)ResultsOf(state, "selected_output").Single()["value"]!);
        Assert.Empty(ResultsOf(state, "false_mid"));
        Assert.Empty(ResultsOf(state, "false_leaf"));
    }

    [Fact]
    public async Task Branches_are_pruned_per_iteration()
    {
        var graph = new TestGraph()
            .Node("conditions", "boolean_collection", new { collection = new[] { true, false, true } })
            .Node("condition_iter", "iterate")
            .Node("true_branch", "boolean")
            .Node("false_branch", "boolean")
            .Node("if", "if")
            .Node("collect", "collect")
            .Edge("conditions", "collection", "condition_iter", "collection")
            .Edge("condition_iter", "item", "if", "condition")
            .Edge("condition_iter", "item", "true_branch", "value")
            .Edge("true_branch", "value", "if", "true_input")
            .Edge("condition_iter", "item", "false_branch", "value")
            .Edge("false_branch", "value", "if", "false_input")
            .Edge("if", "value", "collect", "item")
            .Build();

        var (_, outcome, observer, _, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        Assert.Equal([true, false, true], ((JsonArray)ResultsOf(state, "collect").Single()["collection"]!).Select(v => (bool)v!));
        var completed = observer.Events.Where(e => e.Kind == "complete").Select(e => e.Node.SourceId).ToList();
        Assert.Equal(3, completed.Count(s => s == "condition_iter"));
        Assert.Equal(2, completed.Count(s => s == "true_branch"));
        Assert.Single(completed, "false_branch");
        Assert.Equal(3, completed.Count(s => s == "if"));
        GraphExecutionTests.AssertMappingsConsistent(state);
    }

    [Fact]
    public async Task A_false_condition_selects_the_false_input()
    {
        var graph = new TestGraph()
            .Node("true_value", "integer", new { value = 1 })
            .Node("false_value", "integer", new { value = 2 })
            .Node("if", "if", new { condition = false })
            .Edge("true_value", "value", "if", "true_input")
            .Edge("false_value", "value", "if", "false_input")
            .Build();

        var (_, _, _, _, state) = await RunAsync(graph);

        Assert.Equal(2L, (long)ResultsOf(state, "if").Single()["value"]!);
        Assert.Empty(ResultsOf(state, "true_value"));
    }
}
