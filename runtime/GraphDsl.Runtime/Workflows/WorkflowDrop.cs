namespace GraphDsl.Workflows;

/// <summary>
/// Something of a saved workflow that its converted graph leaves out, as InvokeAI's UI leaves it out: a notes node, a
/// connector (flattened into direct edges), a batch or generator node (turned into batch data), a collapsed or
/// duplicate edge, a literal on an input an edge feeds, an input the node's current template no longer has.
/// </summary>
/// <param name="NodeId">The node concerned, when there is one.</param>
/// <param name="Label">That node's label (or its type when it has none), when there is a node.</param>
/// <param name="What">What was left out, e.g. <c>node 'notes'</c>, <c>edge a.value -&gt; b.a</c>, <c>input 'board'</c>.</param>
/// <param name="Reason">Why, in the terms of InvokeAI's own conversion.</param>
public sealed record WorkflowDrop(string? NodeId, string? Label, string What, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() =>
        NodeId is null ? $"{What}: {Reason}" : $"node '{NodeId}'{(string.IsNullOrEmpty(Label) ? "" : $" ({Label})")}: {What}: {Reason}";
}
