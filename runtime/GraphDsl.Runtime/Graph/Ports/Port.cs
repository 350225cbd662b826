namespace GraphDsl;

/// <summary>
/// An output field of a node in a graph: the source end of an edge.
/// </summary>
/// <remarks>
/// Ports are obtained from a node's <c>Out</c> property (<c>add.Out.Value</c>) and assigned to an input of
/// another node to create the edge <c>add.value -&gt; other.field</c>. An input typed <c>Any</c> accepts every port.
/// </remarks>
public abstract class Port
{
    /// <summary>Creates a port on <paramref name="node"/> for the output field <paramref name="field"/>.</summary>
    /// <param name="node">The node whose output this port is.</param>
    /// <param name="field">The output field's wire name, e.g. <c>value</c>.</param>
    /// <param name="wireType">The field's type as the server declares it, e.g. <c>int</c> or <c>list[ImageField]</c>.</param>
    protected Port(Invocation node, string field, string wireType)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(field);
        ArgumentException.ThrowIfNullOrEmpty(wireType);
        Node = node;
        Field = field;
        WireType = wireType;
    }

    /// <summary>The node that produces this output.</summary>
    public Invocation Node { get; }

    /// <summary>The output field's wire name.</summary>
    public string Field { get; }

    /// <summary>The output field's type in the server's notation (<c>int</c>, <c>ImageField|None</c>, <c>list[float]</c>, <c>Any</c>).</summary>
    public string WireType { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Node.Id ?? Node.Type}.{Field}";
}
