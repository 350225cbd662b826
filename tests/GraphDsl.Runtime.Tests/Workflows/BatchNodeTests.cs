using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// Batch nodes become <c>Batch.data</c> as the UI's <c>getBatchDataForWorkflowGeneration</c> builds it
/// (<c>features/queue/hooks/useEnqueueWorkflows.ts</c>): grouped by <c>batch_group_id</c>, a <c>None</c> node is its
/// own zip group (so ungrouped nodes combine by cartesian product), the nodes of a <c>Group N</c> share one zip group;
/// items come from the node's own list or from the generator that feeds it (<c>resolveBatchValue.ts</c>).
/// </summary>
public sealed class BatchNodeTests
{
    private static Dictionary<string, JsonNode?> In(params (string Name, JsonNode? Value)[] inputs) => inputs.ToDictionary(i => i.Name, i => i.Value);

    private static JsonArray Ints(params int[] values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static List<List<string>> Shape(IReadOnlyList<BatchGroup> data) =>
        [.. data.Select(g => g.Select(d => $"{d.NodePath}.{d.Field}=[{string.Join(",", d.Items.Select(i => i.GetRawText()))}]").ToList())];

    [Fact]
    public void Ungrouped_batch_nodes_are_one_product_group_each_with_their_edges_zipped()
    {
        var workflow = new WorkflowJson()
            .Node("b1", "integer_batch", In(("integers", Ints(1, 2)), ("batch_group_id", "None")))
            .Node("b2", "string_batch", In(("strings", new JsonArray("x", "y", "z")), ("batch_group_id", "None")))
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Node("noise", "noise", In(("seed", 0), ("width", 64), ("height", 64)))
            .Node("s", "string", In(("value", "")))
            .Edge("b1", "value", "add", "a")
            .Edge("b1", "value", "noise", "seed")
            .Edge("b2", "value", "s", "value")
            .Load();

        var batch = workflow.ToBatch();

        Assert.Equal(
            [["add.a=[1,2]", "noise.seed=[1,2]"], ["s.value=[\"x\",\"y\",\"z\"]"]],
            Shape(batch.Data));
        Assert.Equal(6, batch.SessionCount);
        Assert.Empty(batch.GetProblems());
    }

    [Fact]
    public void Batch_nodes_of_one_group_are_zipped_into_one_group()
    {
        var workflow = new WorkflowJson()
            .Node("b1", "integer_batch", In(("integers", Ints(1, 2, 3)), ("batch_group_id", "Group 1")))
            .Node("b2", "float_batch", In(("floats", new JsonArray(0.5, 1.5, 2.5)), ("batch_group_id", "Group 1")))
            .Node("b3", "integer_batch", In(("integers", Ints(7, 8)), ("batch_group_id", "None")))
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Node("mul", "float_math", In(("a", 1.0), ("b", 1.0)))
            .Edge("b1", "value", "add", "a")
            .Edge("b2", "value", "mul", "a")
            .Edge("b3", "value", "add", "b")
            .Load();

        var batch = workflow.ToBatch();

        Assert.Equal([["add.a=[1,2,3]", "mul.a=[0.5,1.5,2.5]"], ["add.b=[7,8]"]], Shape(batch.Data));
        Assert.Equal(6, batch.SessionCount);
    }

    [Fact]
    public void A_group_whose_nodes_have_different_item_counts_is_an_error()
    {
        var workflow = new WorkflowJson()
            .Node("b1", "integer_batch", In(("integers", Ints(1, 2, 3)), ("batch_group_id", "Group 2")))
            .Node("b2", "integer_batch", In(("integers", Ints(1, 2)), ("batch_group_id", "Group 2")))
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Edge("b1", "value", "add", "a")
            .Edge("b2", "value", "add", "b")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        Assert.Equal(["b1", "b2"], error.Problems.Select(p => p.NodeId));
        Assert.All(error.Problems, p => Assert.Contains("b1: 3, b2: 2", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Image_batch_items_are_image_fields()
    {
        var images = new JsonArray(new JsonObject { ["image_name"] = "a.png", ["width"] = 3 }, new JsonObject { ["image_name"] = "b.png" });
        var workflow = new WorkflowJson()
            .Node("b", "image_batch", In(("images", images), ("batch_group_id", "None")))
            .Node("resize", "img_resize", In(("width", 64), ("height", 64)))
            .Edge("b", "image", "resize", "image")
            .Load();

        Assert.Equal([["resize.image=[{\"image_name\":\"a.png\"},{\"image_name\":\"b.png\"}]"]], Shape(workflow.ToGraph().Data));
    }

    [Fact]
    public void Items_come_from_a_connected_generator()
    {
        var workflow = new WorkflowJson()
            .Node("gen", "integer_generator", In(("generator", new JsonObject { ["type"] = "integer_generator_arithmetic_sequence", ["start"] = 10, ["step"] = 5, ["count"] = 3 })))
            .Node("b", "integer_batch", In(("integers", Ints(1)), ("batch_group_id", "None")))
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Edge("gen", "integers", "b", "integers")
            .Edge("b", "value", "add", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Equal([["add.a=[10,15,20]"]], Shape(converted.Data));
        Assert.Equal(["add"], converted.Graph.Nodes.Select(n => n.Id));
        Assert.Contains(converted.Dropped, d => d.NodeId == "gen" && d.What == "generator node");
    }

    [Fact]
    public void A_generator_can_feed_its_batch_node_through_connectors()
    {
        var workflow = new WorkflowJson()
            .Node("gen", "float_generator", In(("generator", new JsonObject { ["type"] = "float_generator_linear_distribution", ["start"] = 0, ["end"] = 1, ["count"] = 4 })))
            .Connector("c1")
            .Node("b", "float_batch", In(("floats", null), ("batch_group_id", "None")))
            .Node("mul", "float_math", In(("a", 1.0), ("b", 1.0)))
            .Edge("gen", "floats", "c1", "in")
            .Edge("c1", "out", "b", "floats")
            .Edge("b", "value", "mul", "b")
            .Load();

        Assert.Equal([["mul.b=[0,0.3333333333333333,0.6666666666666666,1]"]], Shape(workflow.ToGraph().Data));
    }

    // The UI names a connector after a batch node as the node_path, which the server rejects (InvokeAI#9150);
    // GraphDsl follows the connector to the inputs it feeds.
    [Fact]
    public void A_connector_after_a_batch_node_is_followed_to_the_inputs_it_feeds()
    {
        var workflow = new WorkflowJson()
            .Node("b", "integer_batch", In(("integers", Ints(4, 5)), ("batch_group_id", "None")))
            .Connector("c1")
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Node("sub", "sub", In(("a", 0), ("b", 0)))
            .Edge("b", "value", "c1", "in")
            .Edge("c1", "out", "add", "a")
            .Edge("c1", "out", "sub", "b")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Equal([["add.a=[4,5]", "sub.b=[4,5]"]], Shape(converted.Data));
        Assert.Empty(converted.Graph.Edges);
    }

    [Fact]
    public void A_list_input_fed_by_something_other_than_a_generator_is_an_error()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 0), ("b", 0)))
            .Node("b", "integer_batch", In(("integers", Ints(1)), ("batch_group_id", "None")), label: "Seeds")
            .Node("sub", "sub", In(("a", 0), ("b", 0)))
            .Edge("add", "value", "b", "integers")
            .Edge("b", "value", "sub", "a")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("b", "Seeds"), (problem.NodeId, problem.NodeLabel));
        Assert.Contains("not a integer generator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generator_that_needs_the_server_is_a_clear_error_offline()
    {
        var workflow = new WorkflowJson()
            .Node("gen", "image_generator", In(("generator", new JsonObject { ["type"] = "image_generator_images_from_board", ["board_id"] = "board-1", ["category"] = "images" })))
            .Node("b", "image_batch", In(("images", null), ("batch_group_id", "None")))
            .Node("resize", "img_resize", In(("width", 64), ("height", 64)))
            .Edge("gen", "images", "b", "images")
            .Edge("b", "image", "resize", "image")
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToBatch());

        var problem = Assert.Single(error.Problems);
        Assert.Equal("b", problem.NodeId);
        Assert.Contains("board 'board-1'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("RunWorkflowAsync", problem.Message, StringComparison.Ordinal);
    }
}
