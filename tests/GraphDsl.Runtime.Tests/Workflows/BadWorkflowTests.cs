using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// Workflows that do not fit the schema: each problem is one error naming the node id and label, and they are all
/// reported at once. The UI would warn in the console and drop the offending part; nothing is dropped silently here.
/// </summary>
public sealed class BadWorkflowTests
{
    private static Dictionary<string, JsonNode?> In(params (string Name, JsonNode? Value)[] inputs) => inputs.ToDictionary(i => i.Name, i => i.Value);

    [Fact]
    public void An_unknown_node_type_is_one_error_with_the_node_id_and_label()
    {
        var workflow = new WorkflowJson()
            .Node("n1", "add", In(("a", 1), ("b", 2)))
            .Node("n2", "canny_image_processor", In(("low_threshold", 100)), label: "Old Canny", version: "1.3.3")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("n2", "Old Canny", (string?)null), (problem.NodeId, problem.NodeLabel, problem.Field));
        Assert.Contains("Unknown node type 'canny_image_processor'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("node 'n2' (Old Canny)", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Problems, workflow.Problems);
    }

    [Fact]
    public void An_input_the_template_does_not_have_is_one_error_when_the_node_is_at_the_schema_version()
    {
        var workflow = new WorkflowJson()
            .Node("n1", "add", In(("a", 1), ("b", 2), ("c", 3)), label: "Sum")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("n1", "Sum", "c"), (problem.NodeId, problem.NodeLabel, problem.Field));
        Assert.Contains("has no input 'c'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edge_to_a_field_the_template_does_not_have_is_an_error()
    {
        var workflow = new WorkflowJson()
            .Node("n1", "add", In(("a", 1), ("b", 2)))
            .Node("n2", "add", In(("a", 1), ("b", 2)), label: "Second")
            .Edge("n1", "value", "n2", "nope")
            .Edge("n1", "missing_output", "n2", "a")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p is { NodeId: "n2", NodeLabel: "Second", Field: "nope" } && p.Message.Contains("enters input 'nope'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { NodeId: "n1", NodeLabel: "add", Field: "missing_output" } && p.Message.Contains("leaves output 'missing_output'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dangling_edge_is_one_error_naming_the_node_it_reaches()
    {
        var workflow = new WorkflowJson()
            .Node("n2", "add", In(("a", 1), ("b", 2)), label: "Target")
            .Edge("ghost", "value", "n2", "a")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("n2", "Target", "a"), (problem.NodeId, problem.NodeLabel, problem.Field));
        Assert.Contains("Dangling edge", problem.Message, StringComparison.Ordinal);
        Assert.Contains("source node 'ghost' does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_format_version_is_refused_when_loading()
    {
        var json = new WorkflowJson { MetaVersion = "5.0.0" }.Node("n1", "add", In(("a", 1), ("b", 2))).ToString();

        var error = Assert.Throws<WorkflowException>(() => Workflow.Parse(json, NodeCatalog.Instance));

        var problem = Assert.Single(error.Problems);
        Assert.Null(problem.NodeId);
        Assert.Contains("meta.version 5.0.0 is newer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_older_than_2_is_refused_with_how_to_migrate_it()
    {
        var json = new WorkflowJson { MetaVersion = "1.0.0" }.Node("n1", "add", In(("a", 1), ("b", 2))).ToString();

        var error = Assert.Throws<WorkflowException>(() => Workflow.Parse(json, NodeCatalog.Instance));

        Assert.Contains("save it again", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_naming_node_field_and_type()
    {
        var workflow = new WorkflowJson()
            .Node("n1", "add", In(("a", "seven"), ("b", 2)), label: "Sum")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("n1", "Sum", "a"), (problem.NodeId, problem.NodeLabel, problem.Field));
        Assert.Contains("does not fit the field's type int", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var workflow = new WorkflowJson()
            .Node("n1", "no_such_node", label: "Mystery")
            .Node("n2", "add", In(("a", 1), ("b", 2), ("zzz", 1)), label: "Sum")
            .Edge("n2", "value", "gone", "a")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        Assert.Equal(3, error.Problems.Count);
        Assert.Equal(["n1", "n2", "n2"], error.Problems.Select(p => p.NodeId).Order(StringComparer.Ordinal));
        Assert.All(error.Problems, p => Assert.False(string.IsNullOrEmpty(p.NodeLabel)));
    }

    [Fact]
    public void Not_a_workflow_is_refused_when_loading()
    {
        Assert.Throws<WorkflowException>(() => Workflow.Parse("[1, 2]", NodeCatalog.Instance));
        Assert.Throws<WorkflowException>(() => Workflow.Parse("""{"name": "x", "nodes": [], "edges": []}""", NodeCatalog.Instance));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Workflow.Parse("{", NodeCatalog.Instance));
    }
}
