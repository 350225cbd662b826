namespace GraphDsl;

/// <summary>A built graph: nodes keyed by id and the edges between them, as the server receives it.</summary>
public sealed class Graph
{
    /// <summary>Creates a graph.</summary>
    /// <param name="id">The graph id.</param>
    /// <param name="nodes">The nodes, keyed by their ids, in insertion order.</param>
    /// <param name="edges">The edges.</param>
    public Graph(string id, IReadOnlyList<Invocation> nodes, IReadOnlyList<Edge> edges)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Id = id;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The graph id.</summary>
    public string Id { get; }

    /// <summary>The nodes, in the order they were added.</summary>
    public IReadOnlyList<Invocation> Nodes { get; }

    /// <summary>The edges, ordered by destination node, then by destination field.</summary>
    public IReadOnlyList<Edge> Edges { get; }
}
