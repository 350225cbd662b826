using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>
/// Decides how each node, edge, literal and exposed field of a graph is written with the generated typed API, and
/// where it cannot be (those become <c>g.Connect</c> or JSON statements, each with a note).
/// </summary>
internal sealed partial class EjectPlanner
{
    private const string CollectType = "collect";
    private const string IterateType = "iterate";

    private readonly EjectRequest _request;
    private readonly Bindings _bindings;
    private readonly ValueWriter _values;
    private readonly GraphShape _graph;
    private readonly Dictionary<string, NodePlan> _plans = new(StringComparer.Ordinal);
    private readonly List<NodePlan> _order = [];
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<(string NodeId, string Field), EjectInput> _exposed = [];
    private readonly Dictionary<(string NodeId, string Field), ParameterPlan> _parameters = [];
    private readonly List<ParameterPlan> _parameterOrder = [];
    private readonly List<string> _deferred = [];
    private readonly List<string> _notes = [];
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "g", "graphId" };

    private EjectPlanner(EjectRequest request, Bindings bindings, ValueWriter values)
    {
        _request = request;
        _bindings = bindings;
        _values = values;
        _graph = GraphShape.Parse(request.GraphJson);
    }

    /// <summary>Plans the ejection of <paramref name="request"/> against <paramref name="bindings"/>.</summary>
    /// <exception cref="System.Text.Json.JsonException">The graph JSON is not a graph.</exception>
    public static EjectPlan Plan(EjectRequest request, Bindings bindings, ValueWriter values)
    {
        var planner = new EjectPlanner(request, bindings, values);
        return planner.Run();
    }

    private EjectPlan Run()
    {
        foreach (var node in _graph.Nodes)
        {
            var spec = _bindings.Node(node.Type);
            var plan = new NodePlan(node, spec, spec is null ? null : _bindings.OutputOf(spec)) { Form = spec is null ? NodeForm.Untyped : NodeForm.Typed };
            if (!_plans.TryAdd(node.Id, plan))
                throw new System.Text.Json.JsonException($"The graph has two nodes with id '{node.Id}'.");
        }
        foreach (var input in _request.Inputs)
            _exposed.TryAdd((input.NodeId, input.FieldName), input);

        Order();
        foreach (var plan in _order)
            ChooseForm(plan);
        var (ns, className) = ClassName();
        PlanParameters();
        NameParameters();
        NameNodes();
        foreach (var plan in _order)
        {
            WriteNode(plan);
            _declared.Add(plan.Node.Id);
        }
        ReportUnusedExposures();
        return new EjectPlan(ns, className, _order, _parameterOrder, _deferred, _notes);
    }

    private IEnumerable<GraphEdge> Incoming(string nodeId) => _graph.Edges.Where(e => e.DestinationId == nodeId);

    private void Note(GraphNode node, string text) => _notes.Add($"node '{node.Id}' ({node.Type}): {text}");

    // Kahn's algorithm, ties broken by the graph's own order, so that the code reads like the graph.
    private void Order()
    {
        var index = _graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = _graph.Edges.Where(e => index.ContainsKey(e.SourceId) && index.ContainsKey(e.DestinationId)).ToList();
        var pending = new int[_graph.Nodes.Count];
        foreach (var edge in edges)
            pending[index[edge.DestinationId]]++;
        var ready = new SortedSet<int>(Enumerable.Range(0, pending.Length).Where(i => pending[i] == 0));
        var done = new bool[pending.Length];
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            done[next] = true;
            var id = _graph.Nodes[next].Id;
            _order.Add(_plans[id]);
            foreach (var edge in edges.Where(e => e.SourceId == id))
            {
                var destination = index[edge.DestinationId];
                if (--pending[destination] == 0)
                    ready.Add(destination);
            }
        }
        // A cycle: the rest in graph order (the graph is invalid; Build() reports it).
        for (var i = 0; i < done.Length; i++)
        {
            if (!done[i])
                _order.Add(_plans[_graph.Nodes[i].Id]);
        }
    }

    // A collect of ports of one type and an iterate over a typed list are written with g.Collect / g.Iterate, whose
    // ports keep the item type; otherwise the generated CollectInvocation / IterateInvocation, whose ports are Any.
    private void ChooseForm(NodePlan plan)
    {
        var incoming = Incoming(plan.Node.Id).ToList();
        if (plan.Node.Type == CollectType && incoming.Count > 0 && incoming.All(e => e.DestinationField == "item"))
        {
            var items = incoming.Select(e => SourcePortType(e)).ToList();
            if (items.All(t => t is { Shape: PortShape.Exact, Item: not null }) && items.Select(t => t!.Item).Distinct().Count() == 1)
            {
                plan.Form = NodeForm.Collect;
                plan.Item = items[0]!.Item;
            }
        }
        else if (plan.Node.Type == IterateType && incoming.Count(e => e.DestinationField == "collection") == 1)
        {
            var collection = SourcePortType(incoming.Single(e => e.DestinationField == "collection"));
            if (collection is { Shape: PortShape.List, Item: not null })
            {
                plan.Form = NodeForm.Iterate;
                plan.Item = collection.Item;
            }
        }
    }

    // The port type of an edge's source, when the source is planned before the destination.
    private PortType? SourcePortType(GraphEdge edge)
    {
        if (!_plans.TryGetValue(edge.SourceId, out var source) || _order.IndexOf(source) > _order.IndexOf(_plans[edge.DestinationId]))
            return null;
        return Port(source, edge.SourceField).Type;
    }

    // The port of an output field of a planned node, as an expression and its C# type.
    private (string Expression, PortType Type) Port(NodePlan source, string field)
    {
        switch (source.Form)
        {
            case NodeForm.Collect when field == "collection":
                return ($"{source.Variable}.Collection", new PortType(PortShape.List, source.Item));
            case NodeForm.Iterate when field == "item":
                return ($"{source.Variable}.Item", new PortType(PortShape.Exact, source.Item));
            case NodeForm.Iterate when field is "index" or "total":
                return ($"{source.Variable}.{(field == "index" ? "Index" : "Total")}", new PortType(PortShape.Exact, ItemType.Integer));
            case NodeForm.Typed when source.Output?.Fields.FirstOrDefault(f => f.WireName == field) is { } member:
                return ($"{source.Variable}.Out.{member.PropertyName}", PortType.Of(member.Type));
            default:
                return ($"new {_bindings.Runtime("AnyPort")}({source.Invocation}, {CSharpLiterals.Escaped(field)}, \"Any\")", PortType.Any);
        }
    }
}
