namespace GraphDsl;

/// <summary>
/// Builds a <see cref="Graph"/>: add nodes, connect them by assigning ports to inputs, then <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var g = new GraphBuilder();
/// var add = g.Add(new AddInvocation { A = 2, B = 3 });
/// var mul = g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 });
/// Graph graph = g.Build();
/// </code>
/// </example>
public sealed class GraphBuilder
{
    private readonly List<Invocation> _nodes = [];
    private readonly Dictionary<string, Invocation> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countersByType = new(StringComparer.Ordinal);
    private readonly List<(Port Source, Invocation Destination, string Field)> _connections = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="id">The graph id; a new GUID when omitted.</param>
    public GraphBuilder(string? id = null)
    {
        if (id is not null)
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id ?? Guid.NewGuid().ToString();
    }

    /// <summary>The graph id.</summary>
    public string Id { get; }

    /// <summary>The nodes added so far, in order.</summary>
    public IReadOnlyList<Invocation> Nodes => _nodes;

    /// <summary>Adds a node to the graph.</summary>
    /// <typeparam name="TNode">The node type.</typeparam>
    /// <param name="node">The node.</param>
    /// <param name="id">
    /// The node id. When omitted the node gets <c>{type}-{n}</c> (e.g. <c>add-1</c>), numbered per type in the
    /// order of <see cref="Add"/> calls, so the same program gives the same ids.
    /// </param>
    /// <returns><paramref name="node"/>, to take its ports from.</returns>
    /// <exception cref="InvalidOperationException">The node is already in a graph.</exception>
    /// <exception cref="ArgumentException">Another node has the id <paramref name="id"/>.</exception>
    public TNode Add<TNode>(TNode node, string? id = null)
        where TNode : Invocation
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Id is not null)
            throw new InvalidOperationException($"The {node.Type} node '{node.Id}' is already in a graph; create a new node instead.");
        if (id is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id);
            if (_byId.ContainsKey(id))
                throw new ArgumentException($"A node with id '{id}' is already in the graph.", nameof(id));
        }
        id ??= NextId(node.Type);
        node.Id = id;
        _byId.Add(id, node);
        _nodes.Add(node);
        return node;
    }

    /// <summary>
    /// Adds an edge by wire names: from <paramref name="source"/> into the input <paramref name="field"/> of
    /// <paramref name="destination"/>. Typed nodes take edges by assignment (<c>A = add.Out.Value</c>); this is for
    /// untyped nodes and for inputs that take several edges (a <c>collect</c> node's <c>item</c>).
    /// The edge's types are checked by <see cref="Build"/>.
    /// </summary>
    /// <param name="source">The output.</param>
    /// <param name="destination">A node of this graph.</param>
    /// <param name="field">The input's wire name.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is not in this graph.</exception>
    public void Connect(Port source, Invocation destination, string field)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrEmpty(field);
        if (destination.Id is null || !ReferenceEquals(_byId.GetValueOrDefault(destination.Id), destination))
            throw new ArgumentException($"The {destination.Type} node is not in this graph; add it first.", nameof(destination));
        _connections.Add((source, destination, field));
    }

    /// <summary>Builds the graph: collects every edge assigned to the nodes' inputs, then validates it (<see cref="Graph.Validate"/>).</summary>
    /// <exception cref="GraphValidationException">
    /// An input is connected to a node that is not in this graph, or the graph breaks a rule of the server's
    /// (<see cref="Graph.GetProblems"/>); every problem is listed.
    /// </exception>
    public Graph Build()
    {
        var edges = new List<Edge>();
        var problems = new List<GraphProblem>();
        foreach (var node in _nodes)
        {
            var inputs = node.Descriptor.Inputs;
            for (var i = 0; i < inputs.Count; i++)
            {
                if (node.GetAssigned(i) is IInputValue { Source: { } source })
                    AddEdge(source, node, inputs[i].Name);
            }
        }
        foreach (var (source, destination, field) in _connections)
            AddEdge(source, destination, field);

        void AddEdge(Port source, Invocation destination, string field)
        {
            if (source.Node.Id is not { } sourceId || !ReferenceEquals(_byId.GetValueOrDefault(sourceId), source.Node))
                problems.Add(new GraphProblem(destination.Id!, field, $"connected to an output of a {source.Node.Type} node that was not added to this graph"));
            else
                edges.Add(new Edge(new EdgeConnection(sourceId, source.Field), new EdgeConnection(destination.Id!, field)));
        }
        var graph = new Graph(Id, _nodes.ToArray(), edges.ToArray());
        var outside = problems.Select(p => (p.NodeId, p.Field)).ToHashSet();
        foreach (var problem in graph.GetProblems())
        {
            // An input connected outside the graph is reported above, not again as missing.
            if (!outside.Contains((problem.NodeId, problem.Field)))
                problems.Add(problem);
        }
        if (problems.Count > 0)
            throw new GraphValidationException(problems);
        return graph;
    }

    private string NextId(string type)
    {
        var n = _countersByType.GetValueOrDefault(type);
        string candidate;
        do
        {
            n++;
            candidate = $"{type}-{n}";
        }
        while (_byId.ContainsKey(candidate));
        _countersByType[type] = n;
        return candidate;
    }
}
