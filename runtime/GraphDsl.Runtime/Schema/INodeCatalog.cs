namespace GraphDsl;

/// <summary>
/// The node types of one schema, by wire type. The generator emits one per namespace (<c>NodeCatalog.Instance</c>);
/// reading a graph from JSON uses it to create typed nodes.
/// </summary>
public interface INodeCatalog
{
    /// <summary>The descriptor of the node type <paramref name="type"/>, or <see langword="null"/> when the schema has none.</summary>
    /// <param name="type">The wire type, e.g. <c>add</c>.</param>
    NodeDescriptor? Find(string type);

    /// <summary>A new, empty node of type <paramref name="type"/> (its required inputs unset), or <see langword="null"/> when unknown.</summary>
    /// <param name="type">The wire type.</param>
    Invocation? Create(string type);
}
