namespace GraphDsl;

/// <summary>One end of an edge: a node id and a field name.</summary>
/// <param name="NodeId">The node id.</param>
/// <param name="Field">The field's wire name.</param>
public sealed record EdgeConnection(string NodeId, string Field)
{
    /// <inheritdoc/>
    public override string ToString() => $"{NodeId}.{Field}";
}

/// <summary>An edge from an output field of one node to an input field of another.</summary>
/// <param name="Source">The output end.</param>
/// <param name="Destination">The input end.</param>
public sealed record Edge(EdgeConnection Source, EdgeConnection Destination)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source} -> {Destination}";
}
