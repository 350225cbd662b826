namespace GraphDsl.Workflows;

/// <summary>One node of a saved workflow.</summary>
/// <param name="Id">The node id (also its graph node id when it is executed).</param>
/// <param name="Kind">What the node is.</param>
/// <param name="Type">The invocation's wire type (<c>data.type</c>); <see langword="null"/> for notes and connectors.</param>
/// <param name="Label">The label given in the editor; <see langword="null"/> when empty.</param>
/// <param name="Version">The node version saved with it; <see langword="null"/> for notes and connectors.</param>
/// <param name="Descriptor">The schema's description of <paramref name="Type"/>; <see langword="null"/> when the catalog does not know the type.</param>
public sealed record WorkflowNode(string Id, WorkflowNodeKind Kind, string? Type, string? Label, string? Version, NodeDescriptor? Descriptor)
{
    /// <summary>The label, else the type, else the kind: how the node is named in messages.</summary>
    public string DisplayName => Label ?? Type ?? Kind.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => Label is null ? $"{Id} ({DisplayName})" : $"{Id} ({Label}, {Type ?? Kind.ToString().ToLowerInvariant()})";
}
