using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>A built graph: nodes keyed by id and the edges between them, as the server receives it.</summary>
public sealed partial class Graph
{
    /// <summary>Creates a graph whose nodes are keyed by their ids.</summary>
    /// <param name="id">The graph id.</param>
    /// <param name="nodes">The nodes, in order; each must have an id.</param>
    /// <param name="edges">The edges.</param>
    public Graph(string id, IReadOnlyList<Invocation> nodes, IReadOnlyList<Edge> edges)
        : this(id, nodes?.Select(n => KeyValuePair.Create(n.Id ?? throw new ArgumentException("Every node needs an id.", nameof(nodes)), n)).ToArray()!, edges)
    {
    }

    /// <summary>Creates a graph from keyed nodes, as read from JSON (a key may differ from its node's id; validation reports it).</summary>
    /// <param name="id">The graph id.</param>
    /// <param name="nodes">The nodes with their keys, in order.</param>
    /// <param name="edges">The edges.</param>
    public Graph(string id, IReadOnlyList<KeyValuePair<string, Invocation>> nodes, IReadOnlyList<Edge> edges)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Id = id;
        NodeKeys = nodes.Select(n => n.Key).ToArray();
        Nodes = nodes.Select(n => n.Value).ToArray();
        Edges = edges;
    }

    /// <summary>The graph id.</summary>
    public string Id { get; }

    /// <summary>The nodes, in order.</summary>
    public IReadOnlyList<Invocation> Nodes { get; }

    /// <summary>The key of each node in the wire's <c>nodes</c> object, in the order of <see cref="Nodes"/>.</summary>
    public IReadOnlyList<string> NodeKeys { get; }

    /// <summary>The edges.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The graph as the server's JSON (<c>{"id", "nodes", "edges"}</c>).</summary>
    public string ToJson() => GraphJson.ToJson(this);

    /// <summary>Reads a graph from the server's JSON: typed nodes where <paramref name="catalog"/> knows the type, <see cref="UntypedInvocation"/> otherwise.</summary>
    /// <param name="json">A graph, e.g. a queue item's <c>session.graph</c>.</param>
    /// <param name="catalog">The node types to create typed nodes from; <see langword="null"/> for untyped nodes only.</param>
    /// <exception cref="System.Text.Json.JsonException">The JSON is not a graph, or a value does not have its field's type.</exception>
    public static Graph FromJson(string json, INodeCatalog? catalog = null) => GraphJson.Read(json, catalog);
}
