using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>The exposed inputs of a workflow, and setting inputs by name before converting.</summary>
public sealed class InputTests
{
    private static Dictionary<string, JsonNode?> In(params (string Name, JsonNode? Value)[] inputs) => inputs.ToDictionary(i => i.Name, i => i.Value);

    private static Workflow Prompted() => new WorkflowJson()
        .Node("prompt", "string", In(("value", "a cat")), label: "Prompt node", fieldLabels: new() { ["value"] = "Positive Prompt" })
        .Node("noise", "noise", In(("seed", 0), ("width", 512), ("height", 512), ("use_cpu", true)))
        .Node("add", "add", In(("a", 1), ("b", 2)), label: "Sum")
        .Node("sub", "sub", In(("a", 0), ("b", 1)))
        .Edge("add", "value", "sub", "a")
        .Expose("prompt", "value")
        .Expose("noise", "width")
        .Expose("sub", "a")
        .Load();

    [Fact]
    public void The_exposed_inputs_are_the_form_fields_in_order_named_by_label_else_node_and_field()
    {
        var inputs = Prompted().Inputs;

        Assert.Equal(["Positive Prompt", "noise.width", "sub.a"], inputs.Select(i => i.Name));
        var prompt = inputs[0];
        Assert.Equal(("prompt", "value", "Prompt node", "Positive Prompt", "string"), (prompt.NodeId, prompt.FieldName, prompt.NodeLabel, prompt.Label, prompt.NodeType));
        Assert.Equal("str", prompt.Descriptor!.WireType);
        Assert.Equal("\"a cat\"", prompt.Value!.Value.GetRawText());
    }

    [Fact]
    public void Set_by_label_changes_the_value_sent()
    {
        var workflow = Prompted();

        workflow.Set("Positive Prompt", "a red fox");

        Assert.Equal("\"a red fox\"", WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "prompt")["value"]);
        Assert.Equal("\"a red fox\"", workflow.Inputs[0].Value!.Value.GetRawText());
        Assert.Equal("a cat", workflow.Json.GetProperty("nodes")[0].GetProperty("data").GetProperty("inputs").GetProperty("value").GetProperty("value").GetString());
    }

    [Fact]
    public void Set_by_node_id_and_field_reaches_any_input_exposed_or_not()
    {
        var workflow = Prompted();

        workflow.Set("noise.width", 1024);
        workflow.Set("noise.seed", 42L);
        workflow.Set("noise.use_cpu", false);

        var inputs = WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "noise");
        Assert.Equal(("1024", "42", "false"), (inputs["width"], inputs["seed"], inputs["use_cpu"]));
    }

    [Fact]
    public void Set_by_node_label_and_field()
    {
        var workflow = Prompted();

        workflow.Set("Sum.b", 40);

        Assert.Equal("40", WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "add")["b"]);
    }

    [Fact]
    public void An_unknown_name_lists_the_available_inputs()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Prompted().Set("Negative Prompt", "blurry"));

        Assert.Contains("no input 'Negative Prompt'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Positive Prompt' (prompt.value): str", error.Message, StringComparison.Ordinal);
        Assert.Contains("'noise.width': int", error.Message, StringComparison.Ordinal);
        Assert.Contains("nodeId.fieldName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_node_field_and_expected_type()
    {
        var workflow = Prompted();

        var error = Assert.Throws<ArgumentException>(() => workflow.Set("noise.width", "wide"));

        Assert.Contains("node 'noise' (noise), field 'width'", error.Message, StringComparison.Ordinal);
        Assert.Contains("takes int", error.Message, StringComparison.Ordinal);
        Assert.Equal("512", WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "noise")["width"]);
    }

    [Fact]
    public void A_value_out_of_the_field_bounds_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Prompted().Set("noise.width", 7));

        Assert.Contains("field 'width'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_fed_by_an_edge_cannot_be_set()
    {
        var error = Assert.Throws<ArgumentException>(() => Prompted().Set("sub.a", 5));

        Assert.Contains("fed by the edge from add.value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_two_inputs_share_is_ambiguous()
    {
        var workflow = new WorkflowJson()
            .Node("p1", "string", In(("value", "x")), fieldLabels: new() { ["value"] = "Prompt" })
            .Node("p2", "string", In(("value", "y")), fieldLabels: new() { ["value"] = "Prompt" })
            .Expose("p1", "value")
            .Expose("p2", "value")
            .Load();

        var error = Assert.Throws<ArgumentException>(() => workflow.Set("Prompt", "z"));

        Assert.Contains("p1.value, p2.value", error.Message, StringComparison.Ordinal);
        workflow.Set("p2.value", "z");
        Assert.Equal("\"z\"", WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "p2")["value"]);
    }

    [Fact]
    public void SetImage_and_objects_as_JSON()
    {
        var workflow = new WorkflowJson()
            .Node("image", "image", In(("image", null)), fieldLabels: new() { ["image"] = "Start" })
            .Node("blank", "blank_image", In(("width", 64), ("height", 64)))
            .Expose("image", "image")
            .Load();

        workflow.SetImage("Start", "abc.png");
        using var board = JsonDocument.Parse("""{"board_id": "b1"}""");
        workflow.Set("blank.board", board.RootElement);

        var graph = workflow.ToGraph().Graph;
        Assert.Equal("""{"image_name":"abc.png"}""", WorkflowGraphJson.Inputs(graph, "image")["image"]);
        Assert.Equal("""{"board_id":"b1"}""", WorkflowGraphJson.Inputs(graph, "blank")["board"]);
        Assert.Throws<ArgumentException>(() => workflow.Set("blank.board", "somewhere"));
    }

    [Fact]
    public void Legacy_exposed_fields_are_the_inputs_when_the_form_is_empty()
    {
        var workflow = new WorkflowJson()
            .Node("noise", "noise", In(("seed", 0), ("width", 512), ("height", 512)))
            .ExposeLegacy("noise", "height")
            .ExposeLegacy("noise", "width")
            .ExposeLegacy("gone", "width")
            .Load();

        Assert.Equal(["noise.height", "noise.width"], workflow.Inputs.Select(i => i.Name));
    }

    [Fact]
    public void The_form_wins_over_legacy_exposed_fields_and_a_stale_form_field_is_listed()
    {
        var workflow = new WorkflowJson()
            .Node("noise", "noise", In(("seed", 0), ("width", 512), ("height", 512)))
            .ExposeLegacy("noise", "height")
            .Expose("noise", "seed")
            .Expose("ghost", "value")
            .Load();

        Assert.Equal(["noise.seed"], workflow.Inputs.Select(i => i.Name));
        Assert.Contains(workflow.ToGraph().Dropped, d => d.What == "form field ghost.value");
    }

    [Theory]
    [InlineData("3.0.0")]
    [InlineData("4.0.0")]
    [InlineData("2.0.0")]
    public void Formats_2_3_and_4_load_the_same_way(string metaVersion)
    {
        var workflow = new WorkflowJson { MetaVersion = metaVersion }
            .Node("add", "add", In(("a", 1), ("b", 2)))
            .ExposeLegacy("add", "a")
            .Load();

        Assert.Equal(metaVersion, workflow.MetaVersion);
        Assert.Equal(["add.a"], workflow.Inputs.Select(i => i.Name));
        Assert.Equal("1", WorkflowGraphJson.Inputs(workflow.ToGraph().Graph, "add")["a"]);
    }
}
