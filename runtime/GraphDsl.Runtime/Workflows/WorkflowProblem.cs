namespace GraphDsl.Workflows;

/// <summary>One reason a saved workflow cannot be converted to a graph.</summary>
/// <param name="NodeId">The node concerned, when there is one.</param>
/// <param name="NodeLabel">That node's label (or its type when it has none), when there is a node.</param>
/// <param name="Field">The field concerned, when there is one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record WorkflowProblem(string? NodeId, string? NodeLabel, string? Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        if (NodeId is null)
            return Message;
        var node = string.IsNullOrEmpty(NodeLabel) ? $"node '{NodeId}'" : $"node '{NodeId}' ({NodeLabel})";
        return Field is null ? $"{node}: {Message}" : $"{node}, field '{Field}': {Message}";
    }
}
