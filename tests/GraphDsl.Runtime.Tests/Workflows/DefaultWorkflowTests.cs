using System.Text.Json;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// InvokeAI's own default workflows (<c>runtime/GraphDsl.Emulator/Data/workflows</c>, from InvokeAI 6.14.0-alpha) against
/// the 6.14 catalog: each loads, converts, and once the inputs a user must give are given (models, images, videos,
/// LoRAs, which the workflows ship without) gives a graph the 6.14 validator accepts.
/// </summary>
/// <remarks>
/// Two of them use <c>canny_image_processor</c>, a node type 6.14 no longer has (its successor is
/// <c>canny_edge_detection</c>); InvokeAI's own UI reports the missing template and cannot run them either. Their
/// conversion fails with exactly that one error.
/// </remarks>
public sealed class DefaultWorkflowTests
{
    private static readonly Dictionary<string, string> WithoutTemplate = new()
    {
        ["ESRGAN Upscaling with Canny ControlNet.json"] = "1d887701-df21-4966-ae6e-a7d82307d7bd",
        ["Face Detailer with IP-Adapter & Canny (See Note in Details).json"] = "8fe598c6-d447-44fa-a165-4975af77d080",
    };

    public static TheoryData<string> Runnable()
    {
        var data = new TheoryData<string>();
        foreach (var name in WorkflowFiles.Defaults().Where(n => !WithoutTemplate.ContainsKey(n)))
            data.Add(name);
        return data;
    }

    public static TheoryData<string> Obsolete()
    {
        var data = new TheoryData<string>();
        foreach (var name in WithoutTemplate.Keys)
            data.Add(name);
        return data;
    }

    [Fact]
    public void There_are_21_default_workflows_in_formats_3_and_4()
    {
        var formats = WorkflowFiles.Defaults().Select(n => Workflow.Load(WorkflowFiles.Default(n), NodeCatalog.Instance).MetaVersion).ToList();

        Assert.Equal(21, formats.Count);
        Assert.Equal(["3.0.0", "4.0.0"], formats.Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runnable))]
    public void A_default_workflow_converts_to_a_graph_the_schema_accepts_once_its_user_inputs_are_given(string name)
    {
        var workflow = Workflow.Load(WorkflowFiles.Default(name), NodeCatalog.Instance);
        Assert.Equal("default", workflow.Category);
        Assert.StartsWith("default_", workflow.Id, StringComparison.Ordinal);
        Assert.NotEmpty(workflow.Inputs);
        Assert.All(workflow.Inputs, i => Assert.NotNull(i.Descriptor));

        var first = workflow.ToGraph().Graph;
        var missing = first.GetProblems();
        // Before: the only problems are required inputs without a value (the models, images and videos to pick).
        Assert.All(missing, p => Assert.Contains("missing value", p.Message, StringComparison.Ordinal));
        foreach (var problem in missing)
            workflow.Set($"{problem.NodeId}.{problem.Field}", UserValue(workflow, problem.NodeId, problem.Field!));

        var converted = workflow.ToGraph();

        Assert.Empty(converted.Graph.GetProblems());
        var executable = workflow.Nodes.Where(n => n.Kind == WorkflowNodeKind.Invocation).Select(n => n.Id);
        Assert.Equal(executable.Order(StringComparer.Ordinal), converted.Graph.Nodes.Select(n => n.Id!).Order(StringComparer.Ordinal));
        AssertEveryDirectEdgeKept(workflow, converted.Graph);
        Assert.Empty(workflow.ToBatch().GetProblems());
    }

    [Theory]
    [MemberData(nameof(Obsolete))]
    public void A_default_workflow_with_a_node_type_6_14_lacks_fails_with_that_one_error(string name)
    {
        var workflow = Workflow.Load(WorkflowFiles.Default(name), NodeCatalog.Instance);

        var error = Assert.Throws<WorkflowException>(() => workflow.ToGraph());

        var problem = Assert.Single(error.Problems);
        Assert.Equal(WithoutTemplate[name], problem.NodeId);
        Assert.Equal("canny_image_processor", problem.NodeLabel);
        Assert.StartsWith("Unknown node type 'canny_image_processor'", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>Every saved default edge between two executed nodes is a graph edge.</summary>
    private static void AssertEveryDirectEdgeKept(Workflow workflow, Graph graph)
    {
        var executable = workflow.Nodes.Where(n => n.Kind == WorkflowNodeKind.Invocation).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = graph.Edges.Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var edge in workflow.Json.GetProperty("edges").EnumerateArray())
        {
            if (edge.GetProperty("type").GetString() != "default")
                continue;
            string source = edge.GetProperty("source").GetString()!, target = edge.GetProperty("target").GetString()!;
            if (executable.Contains(source) && executable.Contains(target))
                Assert.Contains($"{source}.{edge.GetProperty("sourceHandle").GetString()} -> {target}.{edge.GetProperty("targetHandle").GetString()}", edges);
        }
    }

    /// <summary>A value of the field's type for an input the user must give: a model identifier, an image, a video.</summary>
    internal static JsonElement UserValue(Workflow workflow, string nodeId, string field)
    {
        var node = workflow.Nodes.Single(n => n.Id == nodeId);
        var wireType = node.Descriptor!.Inputs.Single(i => i.Name == field).WireType;
        var json = wireType.Replace("|None", "", StringComparison.Ordinal) switch
        {
            "ImageField" => """{"image_name": "input.png"}""",
            "VideoField" => """{"video_name": "input.mp4"}""",
            "ModelIdentifierField" => """{"key": "model-key", "hash": "model-hash", "name": "model", "base": "any", "type": "main"}""",
            var other => throw new InvalidOperationException($"No user value for {nodeId}.{field} of type {other}."),
        };
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
