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
                if (node.GetAssigned(i) is not IInputValue { Source: { } source })
                    continue;
                if (source.Node.Id is not { } sourceId || !ReferenceEquals(_byId.GetValueOrDefault(sourceId), source.Node))
                {
                    problems.Add(new GraphProblem(node.Id!, inputs[i].Name, $"connected to an output of a {source.Node.Type} node that was not added to this graph"));
                    continue;
                }
                edges.Add(new Edge(new EdgeConnection(sourceId, source.Field), new EdgeConnection(node.Id!, inputs[i].Name)));
            }
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
