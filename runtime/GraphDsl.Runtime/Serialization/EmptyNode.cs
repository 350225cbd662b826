namespace GraphDsl.Serialization;

/// <summary>
/// Selects the constructor of a generated node that leaves its required inputs unset, which only the generated
/// <see cref="INodeCatalog"/> calls (reading a graph from JSON fills the inputs afterwards).
/// </summary>
public readonly struct EmptyNode;
