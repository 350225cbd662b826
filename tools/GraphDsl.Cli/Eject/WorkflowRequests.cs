using GraphDsl.Workflows;

namespace GraphDsl.Cli.Eject;

/// <summary>The ejector's input from a saved workflow and its conversion.</summary>
internal static class WorkflowRequests
{
    /// <summary>The graph <paramref name="converted"/> holds, with <paramref name="workflow"/>'s labels, exposed fields, name and description.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="converted">Its conversion (<see cref="Workflow.ToGraph"/>).</param>
    /// <param name="className">The class name, or dotted <c>Namespace.Class</c>; from the workflow's name when <see langword="null"/>.</param>
    public static EjectRequest From(Workflow workflow, WorkflowGraph converted, string? className)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(converted);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in workflow.Nodes)
        {
            if (!string.IsNullOrWhiteSpace(node.Label))
                labels[node.Id] = node.Label;
        }
        var inputs = workflow.Inputs.Select(i => new EjectInput(i.NodeId, i.FieldName, string.IsNullOrWhiteSpace(i.Label) ? null : i.Label)).ToList();
        return new EjectRequest(converted.Graph.ToJson(), labels, inputs, workflow.Name, workflow.Description) { ClassName = className };
    }

    /// <summary>What the graph does not carry: the batch data of the workflow's batch nodes.</summary>
    public static IEnumerable<string> ConversionNotes(WorkflowGraph converted)
    {
        ArgumentNullException.ThrowIfNull(converted);
        if (converted.Data.Count > 0)
            yield return $"the workflow's batch nodes give {converted.Data.Count} batch data group(s), which a graph does not carry: set them on a Batch of the built graph";
    }
}
