using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// The conversion rules, case by case. The first group ports InvokeAI's own frontend tests
/// (<c>invokeai/frontend/web/src/features/nodes/util/graph/buildNodesGraph.test.ts</c>), the second its server-side
/// builder tests (<c>tests/app/services/test_workflow_graph_builder.py</c>, whose expectations the UI shares except
/// where noted), the rest the remaining rules of <c>buildNodesGraph</c>.
/// </summary>
public sealed class ConversionRuleTests
{
    private static Dictionary<string, JsonNode?> In(params (string Name, JsonNode? Value)[] inputs) => inputs.ToDictionary(i => i.Name, i => i.Value);

    // buildNodesGraph.test.ts: "serializes dynamic saved workflow inputs into workflow_inputs"
    [Fact]
    public void Call_saved_workflow_dynamic_inputs_are_folded_into_workflow_inputs()
    {
        var workflow = new WorkflowJson()
            .Node("call", "call_saved_workflow", In(("workflow_id", ""), ("workflow_inputs", new JsonObject()), ("saved_workflow_input::node-1::a", 23)))
            .Load();

        var graph = workflow.ToGraph().Graph;

        var inputs = WorkflowGraphJson.Inputs(graph, "call");
        Assert.Equal("\"\"", inputs["workflow_id"]);
        Assert.Equal("""{"saved_workflow_input::node-1::a":23}""", inputs["workflow_inputs"]);
        Assert.False(inputs.ContainsKey("saved_workflow_input::node-1::a"));
    }

    // buildNodesGraph.test.ts: "omits connected dynamic saved workflow literal values from workflow_inputs while preserving the edge"
    [Fact]
    public void A_connected_dynamic_input_is_left_out_of_workflow_inputs_and_its_edge_kept()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("call", "call_saved_workflow", In(("workflow_id", ""), ("saved_workflow_input::node-1::a", 23)))
            .Edge("add", "value", "call", "saved_workflow_input::node-1::a")
            .Load();

        var graph = workflow.ToGraph().Graph;

        Assert.Equal("{}", WorkflowGraphJson.Inputs(graph, "call")["workflow_inputs"]);
        Assert.Equal(["add.value -> call.saved_workflow_input::node-1::a"], WorkflowGraphJson.Edges(graph));
    }

    // buildNodesGraph.test.ts: "does not serialize stale hidden saved workflow input values without matching dynamic fields"
    [Fact]
    public void A_stale_workflow_inputs_value_is_not_sent()
    {
        var workflow = new WorkflowJson()
            .Node("call", "call_saved_workflow", In(("workflow_id", ""), ("workflow_inputs", new JsonObject { ["saved_workflow_input::old-node::a"] = 23 })))
            .Load();

        var inputs = WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "call");

        Assert.Equal("\"\"", inputs["workflow_id"]);
        Assert.Equal("{}", inputs["workflow_inputs"]);
    }

    // buildNodesGraph.test.ts: "flattens a single connector to one direct execution edge"
    [Fact]
    public void A_connector_is_flattened_to_one_direct_edge()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Connector("connector-1")
            .Edge("add", "value", "connector-1", "in")
            .Edge("connector-1", "out", "sub", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.DoesNotContain(converted.Graph.Nodes, n => n.Id == "connector-1");
        Assert.Equal(["add.value -> sub.a"], WorkflowGraphJson.Edges(converted.Graph));
        Assert.Contains(converted.Dropped, d => d.NodeId == "connector-1" && d.What == "connector node");
    }

    // buildNodesGraph.test.ts: "flattens chained connectors transitively"
    [Fact]
    public void Chained_connectors_are_flattened_transitively()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Connector("connector-a")
            .Connector("connector-b")
            .Edge("add", "value", "connector-a", "in")
            .Edge("connector-a", "out", "connector-b", "in")
            .Edge("connector-b", "out", "sub", "a")
            .Load();

        Assert.Equal(["add.value -> sub.a"], WorkflowGraphJson.Edges(workflow.ToGraph().Graph));
    }

    // buildNodesGraph.test.ts: "fans out through a connector into multiple execution edges"
    [Fact]
    public void A_connector_fans_out_into_one_edge_per_target_in_order()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Node("resize", "img_resize", In(("width", 512), ("height", 512)))
            .Connector("connector-1")
            .Edge("add", "value", "connector-1", "in")
            .Edge("connector-1", "out", "sub", "a")
            .Edge("connector-1", "out", "resize", "width")
            .Load();

        Assert.Equal(["add.value -> sub.a", "add.value -> resize.width"], WorkflowGraphJson.Edges(workflow.ToGraph().Graph));
    }

    // buildNodesGraph.test.ts: "drops unresolved connector paths from the execution graph"
    [Fact]
    public void An_edge_from_a_connector_nothing_feeds_is_dropped_and_listed()
    {
        var workflow = new WorkflowJson()
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Connector("connector-1")
            .Edge("connector-1", "out", "sub", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.DoesNotContain(converted.Graph.Nodes, n => n.Id == "connector-1");
        Assert.Empty(converted.Graph.Edges);
        Assert.Contains(converted.Dropped, d => d.What.Contains("connector-1.out -> sub.a", StringComparison.Ordinal) && d.Reason.Contains("no invocation output feeds the connector", StringComparison.Ordinal));
        Assert.Equal("0", WorkflowGraphJson.Inputs(converted.Graph, "sub")["a"]);
    }

    // buildNodesGraph.test.ts: "deduplicates effective execution edges created by flattening"
    [Fact]
    public void Edges_that_are_equal_once_flattened_are_de_duplicated()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Connector("connector-1")
            .Edge("add", "value", "connector-1", "in")
            .Edge("connector-1", "out", "sub", "a")
            .Edge("add", "value", "sub", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Equal(["add.value -> sub.a"], WorkflowGraphJson.Edges(converted.Graph));
        Assert.Contains(converted.Dropped, d => d.Reason.StartsWith("it duplicates the edge add.value -> sub.a", StringComparison.Ordinal));
    }

    // buildNodesGraph.test.ts: "still omits explicit destination input values when the flattened edge exists"
    [Fact]
    public void A_connected_input_gets_no_literal_even_an_invalid_one()
    {
        var workflow = new WorkflowJson()
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", "not-an-integer"), ("b", 1)))
            .Connector("connector-1")
            .Edge("add", "value", "connector-1", "in")
            .Edge("connector-1", "out", "sub", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Equal(["add.value -> sub.a"], WorkflowGraphJson.Edges(converted.Graph));
        Assert.False(WorkflowGraphJson.Inputs(converted.Graph, "sub").ContainsKey("a"));
        Assert.Contains(converted.Dropped, d => d.NodeId == "sub" && d.What == "input 'a'" && d.Reason.Contains("\"not-an-integer\"", StringComparison.Ordinal));
    }

    // buildNodesGraph.test.ts: "does not serialize a stale array-of-records value on a connection-only input of a non-extra node"
    [Fact]
    public void A_value_of_no_field_shape_the_UI_knows_is_discarded_and_listed()
    {
        var workflow = new WorkflowJson()
            .Node("img_resize-1", "img_resize", In(("metadata", new JsonArray(new JsonObject { ["foo"] = "bar" })), ("width", 512), ("height", 512)))
            .Load();

        var converted = workflow.ToGraph();

        Assert.False(WorkflowGraphJson.Inputs(converted.Graph, "img_resize-1").ContainsKey("metadata"));
        Assert.Contains(converted.Dropped, d => d.NodeId == "img_resize-1" && d.What == "input 'metadata'" && d.Reason.Contains("no field-value shape", StringComparison.Ordinal));
    }

    // Extras are kept on the nodes that accept them (features/nodes/types/extraInputs.ts; InvokeAI#9151).
    [Fact]
    public void Core_metadata_keeps_inputs_its_template_does_not_declare()
    {
        var workflow = new WorkflowJson()
            .Node("meta", "core_metadata", In(("generation_mode", "txt2img"), ("z_image_seed_variance_enabled", true), ("ref_images", new JsonArray(new JsonObject { ["x"] = 1 }))))
            .Load();

        var inputs = WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "meta");

        Assert.Equal("true", inputs["z_image_seed_variance_enabled"]);
        Assert.Equal("""[{"x":1}]""", inputs["ref_images"]);
        Assert.Equal("\"txt2img\"", inputs["generation_mode"]);
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_converts_invocation_nodes
    [Fact]
    public void Invocation_nodes_become_graph_nodes_with_their_values()
    {
        var workflow = new WorkflowJson()
            .Node("add-1", "add", In(("a", 1), ("b", 2)))
            .Node("return-1", "workflow_return", In(("values", new JsonArray())))
            .Load();

        var graph = workflow.ToGraph().Graph;

        Assert.Equal(["add-1", "return-1"], graph.Nodes.Select(n => n.Id));
        Assert.IsType<AddInvocation>(graph.Nodes[0]);
        Assert.Equal(1L, ((AddInvocation)graph.Nodes[0]).A.Literal);
        Assert.Equal(2L, ((AddInvocation)graph.Nodes[0]).B.Literal);
        Assert.Equal("workflow_return", graph.Nodes[1].Type);
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_flattens_connector_edges
    [Fact]
    public void Connector_edges_are_flattened_and_the_connected_input_is_left_to_the_server_default()
    {
        var workflow = new WorkflowJson()
            .Node("add-1", "add", In(("a", 1), ("b", 2)))
            .Connector("connector-1")
            .Node("add-2", "add", In(("a", 999), ("b", 3)))
            .Node("return-value-1", "workflow_return_value", In(("key", "result"), ("value", null)))
            .Node("return-collect-1", "collect", In(("collection", new JsonArray())))
            .Node("return-1", "workflow_return", In(("values", new JsonArray())))
            .Edge("add-1", "value", "connector-1", "in")
            .Edge("connector-1", "out", "add-2", "a")
            .Edge("add-2", "value", "return-value-1", "value")
            .Edge("return-value-1", "value", "return-collect-1", "item")
            .Edge("return-collect-1", "collection", "return-1", "values")
            .Load();

        var graph = workflow.ToGraph().Graph;

        Assert.Equal(
            ["add-1.value -> add-2.a", "add-2.value -> return-value-1.value", "return-value-1.value -> return-collect-1.item", "return-collect-1.collection -> return-1.values"],
            WorkflowGraphJson.Edges(graph));
        // The server test reads a == 0 and values == []: the defaults the server fills for the inputs the UI leaves out.
        Assert.Equal(new Dictionary<string, string> { ["b"] = "3" }, WorkflowGraphJson.Inputs(graph, "add-2"));
        Assert.False(WorkflowGraphJson.Inputs(graph, "return-1").ContainsKey("values"));
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_uses_defaults_for_inputs_without_saved_values
    [Fact]
    public void An_input_saved_without_a_value_is_left_to_the_server_default()
    {
        var workflow = new WorkflowJson()
            .Node("return-collect-1", "collect", In(("item", null), ("collection", null)))
            .Load();

        Assert.Empty(WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "return-collect-1"));
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_uses_default_for_legacy_auto_board_values
    // (the server builder always leaves "auto" unset; the UI sends the gallery's auto-add board when there is one).
    [Fact]
    public void An_auto_board_goes_to_the_auto_add_board_or_is_left_unset()
    {
        var workflow = new WorkflowJson()
            .Node("image-1", "blank_image", In(("board", "auto"), ("width", 64), ("height", 64)))
            .Node("image-2", "blank_image", In(("width", 64), ("height", 64), ("board", null)))
            .Load();

        var none = workflow.ToGraph().Graph;
        var auto = workflow.ToGraph(new WorkflowConversionOptions { AutoAddBoardId = "board-7" }).Graph;

        Assert.False(WorkflowGraphJson.Inputs(none, "image-1").ContainsKey("board"));
        Assert.Equal("""{"board_id":"board-7"}""", WorkflowGraphJson.Inputs(auto, "image-1")["board"]);
        Assert.Equal("""{"board_id":"board-7"}""", WorkflowGraphJson.Inputs(auto, "image-2")["board"]);
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_uses_default_for_legacy_none_board_values
    [Fact]
    public void A_none_board_is_left_unset_and_a_board_id_is_sent()
    {
        var workflow = new WorkflowJson()
            .Node("image-1", "blank_image", In(("board", "none"), ("width", 64), ("height", 64)))
            .Node("image-2", "blank_image", In(("board", new JsonObject { ["board_id"] = "mine" }), ("width", 64), ("height", 64)))
            .Load();

        var graph = workflow.ToGraph(new WorkflowConversionOptions { AutoAddBoardId = "board-7" }).Graph;

        Assert.False(WorkflowGraphJson.Inputs(graph, "image-1").ContainsKey("board"));
        Assert.Equal("""{"board_id":"mine"}""", WorkflowGraphJson.Inputs(graph, "image-2")["board"]);
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_rejects_batch_special_nodes_with_clear_error.
    // The server's builder (for call_saved_workflow) rejects batch nodes; the UI turns them into batch data, and
    // refuses to enqueue one without items (getBatchSize: EMPTY_BATCHES), as here.
    [Fact]
    public void A_batch_node_is_not_a_graph_node_and_an_empty_one_is_a_clear_error()
    {
        var workflow = new WorkflowJson()
            .Node("image-batch-1", "image_batch", In(("images", new JsonArray()), ("batch_group_id", "None")))
            .Load();

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal("image-batch-1", problem.NodeId);
        Assert.Contains("no items", problem.Message, StringComparison.Ordinal);
    }

    // test_workflow_graph_builder.py: test_build_graph_from_workflow_rejects_workflows_with_multiple_workflow_return_nodes
    // (zWorkflowV3's superRefine in the UI). The UI needs no workflow_return node; only a called workflow does.
    [Fact]
    public void Two_workflow_return_nodes_are_an_error_and_none_is_fine()
    {
        var two = new WorkflowJson()
            .Node("return-1", "workflow_return", In(("values", new JsonArray())))
            .Node("return-2", "workflow_return", In(("values", new JsonArray())))
            .Load();
        var none = new WorkflowJson().Node("add-1", "add", In(("a", 1), ("b", 2))).Load();

        var error = Assert.Throws<WorkflowException>(() => two.ToGraph());

        Assert.Equal(["return-1", "return-2"], error.Problems.Select(p => p.NodeId));
        Assert.All(error.Problems, p => Assert.Contains("more than one workflow_return", p.Message, StringComparison.Ordinal));
        Assert.Single(none.ToGraph().Graph.Nodes);
    }

    [Fact]
    public void Notes_nodes_and_collapsed_edges_are_left_out_and_listed()
    {
        var workflow = new WorkflowJson()
            .Notes("notes-1")
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .Node("sub", "sub", In(("a", 0), ("b", 1)))
            .Edge("add", "value", "sub", "a")
            .Collapsed("add", "sub")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Equal(["add", "sub"], converted.Graph.Nodes.Select(n => n.Id));
        Assert.Equal(["add.value -> sub.a"], WorkflowGraphJson.Edges(converted.Graph));
        Assert.Contains(converted.Dropped, d => d.NodeId == "notes-1" && d.What == "notes node");
        Assert.Contains(converted.Dropped, d => d.What.Contains("(collapsed)", StringComparison.Ordinal));
    }

    [Fact]
    public void Use_cache_and_is_intermediate_come_from_each_node()
    {
        var workflow = new WorkflowJson()
            .Node("a", "add", In(("a", 1), ("b", 2)), isIntermediate: false, useCache: false)
            .Node("b", "add", In(("a", 1), ("b", 2)), isIntermediate: true, useCache: true)
            .Load();

        var graph = workflow.ToGraph().Graph;

        Assert.False(graph.Nodes[0].IsIntermediate);
        Assert.False(graph.Nodes[0].UseCache);
        Assert.True(graph.Nodes[1].IsIntermediate);
        Assert.True(graph.Nodes[1].UseCache);
    }

    [Fact]
    public void The_graph_id_is_fresh_each_time_unless_given()
    {
        var workflow = new WorkflowJson().Node("a", "add", In(("a", 1), ("b", 2))).Load();

        var first = workflow.ToGraph().Graph.Id;
        var second = workflow.ToGraph().Graph.Id;
        var given = workflow.ToGraph(new WorkflowConversionOptions { GraphId = "graph-1" }).Graph.Id;

        Assert.True(Guid.TryParse(first, out _));
        Assert.NotEqual(first, second);
        Assert.Equal("graph-1", given);
    }

    // validateWorkflow → updateNode (nodeUpdate.ts): a node saved at an older version of the same major is rebuilt
    // from the template: new inputs get the template default, inputs the template dropped are removed.
    [Fact]
    public void A_node_of_an_older_minor_version_is_updated_as_the_UI_updates_it()
    {
        var workflow = new WorkflowJson()
            .Node("noise", "noise", In(("seed", 1), ("width", 64), ("height", 64), ("use_cpu", true), ("retired_field", 5)), version: "1.0.2")
            .Load();

        var converted = workflow.ToGraph();

        var inputs = WorkflowGraphJson.Inputs(converted.Graph, "noise");
        Assert.Equal("\"SD\"", inputs["noise_type"]); // the 6.14 template default
        Assert.False(inputs.ContainsKey("retired_field"));
        Assert.Contains(converted.Dropped, d => d.NodeId == "noise" && d.What == "input 'retired_field'" && d.Reason.Contains("from version 1.0.2 to 1.1.0", StringComparison.Ordinal));
        Assert.Equal("1.1.0", workflow.Nodes.Single().Version);
    }

    // updateNode refuses another major version; buildNodesGraph then leaves out the inputs without a template.
    [Fact]
    public void A_node_of_another_major_version_is_kept_and_its_unknown_inputs_are_left_out()
    {
        var workflow = new WorkflowJson()
            .Node("noise", "noise", In(("seed", 1), ("width", 64), ("height", 64), ("old_board", "x")), version: "0.9.0")
            .Load();

        var converted = workflow.ToGraph();

        var inputs = WorkflowGraphJson.Inputs(converted.Graph, "noise");
        Assert.False(inputs.ContainsKey("old_board"));
        Assert.False(inputs.ContainsKey("noise_type"));
        Assert.Contains(converted.Dropped, d => d.NodeId == "noise" && d.What == "input 'old_board'" && d.Reason.Contains("another major version", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edge_from_a_batch_node_becomes_batch_data_and_its_target_keeps_its_literal()
    {
        var workflow = new WorkflowJson()
            .Node("batch", "integer_batch", In(("integers", new JsonArray(1, 2, 3)), ("batch_group_id", "None")))
            .Node("add", "add", In(("a", 10), ("b", 2)))
            .Edge("batch", "value", "add", "a")
            .Load();

        var converted = workflow.ToGraph();

        Assert.Empty(converted.Graph.Edges);
        Assert.Equal("10", WorkflowGraphJson.Inputs(converted.Graph, "add")["a"]);
        var datum = Assert.Single(Assert.Single(converted.Data));
        Assert.Equal(("add", "a"), (datum.NodePath, datum.Field));
        Assert.Equal(["1", "2", "3"], datum.Items.Select(i => i.GetRawText()));
    }

    [Fact]
    public void ToBatch_is_what_the_UI_enqueues()
    {
        var workflow = new WorkflowJson().Node("a", "add", In(("a", 1), ("b", 2))).Load();

        var batch = workflow.ToBatch(new WorkflowConversionOptions { Runs = 3 });

        Assert.Equal("workflows", batch.Origin);
        Assert.Equal("gallery", batch.Destination);
        Assert.Equal(3, batch.Runs);
        Assert.Empty(batch.Data);
        var embedded = batch.Workflow!.Value;
        Assert.False(embedded.TryGetProperty("id", out _));
        Assert.Equal("Test workflow", embedded.GetProperty("name").GetString());
        Assert.Equal(2, embedded.GetProperty("nodes")[0].GetProperty("data").GetProperty("inputs").GetProperty("b").GetProperty("value").GetInt32());
        Assert.Contains("\"workflow\":", batch.ToEnqueueRequestJson(), StringComparison.Ordinal);
    }
}
