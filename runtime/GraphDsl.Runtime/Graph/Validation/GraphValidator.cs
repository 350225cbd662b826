namespace GraphDsl.Validation;

/// <summary>
/// Finds every reason the server would reject a graph (its <c>Graph.validate_self</c>, in the same order of checks) and
/// every reason a graph it accepts would fail when it runs. Linear in nodes plus edges: the edges are indexed by
/// destination and by source once, cycles are found with Kahn's algorithm (and Tarjan's on what remains), and chains of
/// collectors are resolved once each.
/// </summary>
internal sealed partial class GraphValidator
{
    private const string IterateType = "iterate";
    private const string CollectType = "collect";
    private const string CallSavedWorkflowType = "call_saved_workflow";
    private const string DynamicInputPrefix = "saved_workflow_input::";
    private const string ItemField = "item";
    private const string CollectionField = "collection";

    private readonly Graph _graph;
    private readonly List<GraphProblem> _problems = [];
    private readonly int _nodeCount;
    private readonly int _edgeCount;
    private readonly Dictionary<string, int> _byKey;

    // Per node.
    private readonly bool[] _live;      // the node the server sees under its key (a repeated key hides the earlier nodes)
    private readonly bool[] _known;     // live, and of a node type the schema describes
    private readonly bool[] _flagged;   // touched by an edge already reported (or of unknown type): its iterate/collect rules are skipped

    // Per edge.
    private readonly int[] _source;           // node index, or -1 when no node has the key
    private readonly int[] _destination;      // node index, or -1
    private readonly int[] _destinationInput; // input index at the destination, or -1
    private readonly WireType?[] _sourceType;
    private readonly WireType?[] _destinationType;
    private readonly bool[] _typed;           // both ends exist with known fields and readable types: the type rules apply

    // Edges by destination (all edges whose destination exists) and by source (all edges whose source exists), CSR style.
    private int[] _inStart = [];
    private int[] _inEdges = [];
    private int[] _outStart = [];
    private int[] _outEdges = [];

    private GraphValidator(Graph graph)
    {
        _graph = graph;
        _nodeCount = graph.Nodes.Count;
        _edgeCount = graph.Edges.Count;
        _byKey = new Dictionary<string, int>(_nodeCount, StringComparer.Ordinal);
        _live = new bool[_nodeCount];
        _known = new bool[_nodeCount];
        _flagged = new bool[_nodeCount];
        _source = new int[_edgeCount];
        _destination = new int[_edgeCount];
        _destinationInput = new int[_edgeCount];
        _sourceType = new WireType?[_edgeCount];
        _destinationType = new WireType?[_edgeCount];
        _typed = new bool[_edgeCount];
    }

    /// <summary>Every problem of <paramref name="graph"/>, in the server's order of checks; empty when it is valid.</summary>
    public static IReadOnlyList<GraphProblem> Validate(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var validator = new GraphValidator(graph);
        validator.Run();
        return validator._problems.ToArray();
    }

    private void Run()
    {
        CheckNodeIds();
        CheckEdgeEnds();
        IndexEdges();
        CheckAcyclic();
        CheckEdgeTypes();
        CheckSpecialNodes();
        CheckInputs();
    }

    private Invocation Node(int index) => _graph.Nodes[index];

    private string Key(int index) => _graph.NodeKeys[index];

    private Edge EdgeAt(int index) => _graph.Edges[index];

    private void Report(string nodeId, string? field, string message) => _problems.Add(new GraphProblem(nodeId, field, message));

    // (1) unique node ids, (2) keys equal ids; and the keys themselves, which JSON may repeat.
    private void CheckNodeIds()
    {
        HashSet<string>? repeatedKeys = null;
        for (var i = 0; i < _nodeCount; i++)
        {
            var key = Key(i);
            if (_byKey.TryGetValue(key, out var earlier))
            {
                _live[earlier] = false;
                if ((repeatedKeys ??= new(StringComparer.Ordinal)).Add(key))
                    Report(key, null, $"Node key {key} appears more than once in the graph's nodes; the server keeps only the last node with it");
            }
            _byKey[key] = i;
            _live[i] = true;
        }

        var mismatched = false;
        for (var i = 0; i < _nodeCount && !mismatched; i++)
            mismatched = _live[i] && Node(i).Id != Key(i);
        if (!mismatched)
            return; // every id is its node's key, and the keys of the nodes the server sees are unique

        var ids = new Dictionary<string, bool>(_nodeCount, StringComparer.Ordinal);
        for (var i = 0; i < _nodeCount; i++)
        {
            if (!_live[i] || Node(i).Id is not { } id)
                continue;
            if (!ids.TryGetValue(id, out var reported))
                ids.Add(id, false);
            else if (!reported)
            {
                ids[id] = true;
                Report(id, null, $"Node ids must be unique, found duplicates {{{id}}}");
            }
        }

        for (var i = 0; i < _nodeCount; i++)
        {
            if (_live[i] && Node(i).Id != Key(i))
                Report(Key(i), null, $"Node ids must match, got {Key(i)} and {Node(i).Id ?? "None"}");
        }
    }

    // (3) edge ends exist and have the fields; nodes of types the schema does not describe.
    private void CheckEdgeEnds()
    {
        for (var i = 0; i < _nodeCount; i++)
        {
            if (!_live[i])
                continue;
            if (Node(i).Descriptor.IsKnown)
                _known[i] = true;
            else
            {
                _flagged[i] = true;
                Report(Key(i), null, $"Unknown node type {Node(i).Type}: the server's schema has no such invocation, so it rejects the graph");
            }
        }

        for (var e = 0; e < _edgeCount; e++)
        {
            var edge = EdgeAt(e);
            var s = _byKey.GetValueOrDefault(edge.Source.NodeId, -1);
            var d = _byKey.GetValueOrDefault(edge.Destination.NodeId, -1);
            _source[e] = s;
            _destination[e] = d;
            _destinationInput[e] = -1;
            var ok = true;
            if (s < 0)
            {
                ok = false;
                Report(edge.Destination.NodeId, edge.Destination.Field, $"Edge source node {edge.Source.NodeId} does not exist in the graph ({edge})");
            }
            if (d < 0)
            {
                ok = false;
                Report(edge.Destination.NodeId, edge.Destination.Field, $"Edge destination node {edge.Destination.NodeId} does not exist in the graph ({edge})");
            }
            if (s >= 0)
            {
                if (!_known[s])
                    ok = false;
                else if (DescriptorTypes.Of(Node(s).Descriptor).TryGetOutput(edge.Source.Field, out var type))
                    _sourceType[e] = type;
                else
                {
                    ok = false;
                    Report(edge.Source.NodeId, edge.Source.Field, $"Edge source field {edge.Source.Field} does not exist in node {edge.Source.NodeId} ({edge}); a {Node(s).Type} node's outputs are {Names(Node(s).Descriptor.Outputs.Select(o => o.Name))}");
                }
            }
            var dynamic = false;
            if (d >= 0)
            {
                var descriptor = Node(d).Descriptor;
                if (!_known[d])
                    ok = false;
                else if (descriptor.TryGetInput(edge.Destination.Field, out var input))
                {
                    _destinationInput[e] = input;
                    _destinationType[e] = DescriptorTypes.Of(descriptor).Inputs[input];
                }
                else if (descriptor.Type == CallSavedWorkflowType && edge.Destination.Field.StartsWith(DynamicInputPrefix, StringComparison.Ordinal))
                    dynamic = true; // the server types these against the called workflow, not the schema
                else
                {
                    ok = false;
                    Report(edge.Destination.NodeId, edge.Destination.Field, $"Edge destination field {edge.Destination.Field} does not exist in node {edge.Destination.NodeId} ({edge}); a {descriptor.Type} node's inputs are {Names(descriptor.Inputs.Select(i => i.Name))}");
                }
            }

            if (ok && !dynamic && _sourceType[e] is not null && _destinationType[e] is not null)
                _typed[e] = true;
            else if (!dynamic)
            {
                // Reported above (or a type the notation cannot express): keep it out of the iterate/collect rules.
                if (s >= 0)
                    _flagged[s] = true;
                if (d >= 0)
                    _flagged[d] = true;
            }
        }
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "(none)" : list;
    }

    private void IndexEdges()
    {
        _inStart = new int[_nodeCount + 1];
        _outStart = new int[_nodeCount + 1];
        for (var e = 0; e < _edgeCount; e++)
        {
            if (_destination[e] >= 0)
                _inStart[_destination[e] + 1]++;
            if (_source[e] >= 0)
                _outStart[_source[e] + 1]++;
        }
        for (var i = 0; i < _nodeCount; i++)
        {
            _inStart[i + 1] += _inStart[i];
            _outStart[i + 1] += _outStart[i];
        }
        _inEdges = new int[_inStart[_nodeCount]];
        _outEdges = new int[_outStart[_nodeCount]];
        var inFill = new int[_nodeCount];
        var outFill = new int[_nodeCount];
        for (var e = 0; e < _edgeCount; e++)
        {
            if (_destination[e] is var d and >= 0)
                _inEdges[_inStart[d] + inFill[d]++] = e;
            if (_source[e] is var s and >= 0)
                _outEdges[_outStart[s] + outFill[s]++] = e;
        }
    }

    private ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inStart[node], _inStart[node + 1] - _inStart[node]);

    private ReadOnlySpan<int> OutEdges(int node) => _outEdges.AsSpan(_outStart[node], _outStart[node + 1] - _outStart[node]);

    // (5) edge types: the server's rule, then the edges it accepts that cannot run.
    private void CheckEdgeTypes()
    {
        for (var e = 0; e < _edgeCount; e++)
        {
            if (!_typed[e])
                continue;
            var from = _sourceType[e]!;
            var to = _destinationType[e]!;
            var edge = EdgeAt(e);
            switch (ConnectionTypes.Check(from, to))
            {
                case EdgeCompatibility.Incompatible:
                    Report(edge.Destination.NodeId, edge.Destination.Field, $"Edge source and target types do not match ({edge}): {from} cannot go into {to}");
                    break;
                case EdgeCompatibility.FailsAtRunTime:
                    Report(edge.Destination.NodeId, edge.Destination.Field, $"Edge source and target types do not match at run time ({edge}): the server accepts {from} -> {to}, but {RunTimeReason(from)} fails when the node runs");
                    break;
            }
        }
    }

    private static string RunTimeReason(WireType from) =>
        from.Kind == WireTypeKind.List || (from.Kind == WireTypeKind.Union && from.Arguments.All(a => a.Kind is WireTypeKind.List or WireTypeKind.None))
            ? "a list going into an input that takes no list"
            : "a single value going into an input that takes only a list";

    // The checks the server makes only when the node runs: required inputs, and several edges into one input.
    private void CheckInputs()
    {
        var counts = Array.Empty<int>();
        var firstEdge = Array.Empty<int>();
        for (var i = 0; i < _nodeCount; i++)
        {
            if (!_known[i])
                continue;
            var node = Node(i);
            var inputs = node.Descriptor.Inputs;
            if (counts.Length < inputs.Count)
            {
                counts = new int[Math.Max(inputs.Count, counts.Length * 2)];
                firstEdge = new int[counts.Length];
            }
            var isCollect = node.Type == CollectType;
            var isIterate = node.Type == IterateType;
            foreach (var e in InEdges(i))
            {
                var input = _destinationInput[e];
                if (input < 0)
                    continue;
                if (counts[input]++ == 0)
                {
                    firstEdge[input] = e;
                    continue;
                }
                var field = inputs[input].Name;
                // A collector gathers every edge into `item` and `collection`; an iterator's extra edges are its own rule.
                if ((isCollect && field is ItemField or CollectionField) || (isIterate && field == CollectionField))
                    continue;
                var edge = EdgeAt(e);
                Report(Key(i), field, $"Edge already exists ({edge}): the input already has an edge ({EdgeAt(firstEdge[input])}); the server accepts several edges into a non-collect input but uses only the last one when the node runs");
            }
            for (var k = 0; k < inputs.Count; k++)
            {
                var input = inputs[k];
                if (input.IsRequired && counts[k] == 0 && node.GetLiteral(k) is null)
                {
                    Report(Key(i), input.Name, input.Kind switch
                    {
                        InputKind.Connection => $"Node {node.Type} missing connections for field {input.Name}",
                        InputKind.Direct => $"Node {node.Type} missing value for field {input.Name} (the server rejects the batch: field required)",
                        _ => $"Node {node.Type} missing value or connection for field {input.Name}",
                    });
                }
                counts[k] = 0;
            }
        }
    }
}
