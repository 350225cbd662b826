using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

/// <summary>
/// The enqueued graph as the scheduler reads it: nodes in their order, edges, parents and children (one per node pair, as
/// networkx keeps them), a topological order, and ancestor sets with and without the edges into collectors.
/// </summary>
internal sealed class SourceGraph
{
    private readonly Dictionary<string, List<string>> _parents = [];
    private readonly Dictionary<string, List<string>> _children = [];
    private readonly Dictionary<string, List<GraphEdge>> _inputEdges = [];
    private readonly Dictionary<string, List<GraphEdge>> _outputEdges = [];
    private readonly Dictionary<string, HashSet<string>> _ancestors = [];
    private readonly Dictionary<string, HashSet<string>> _iteratorAncestors = [];
    private readonly Dictionary<string, int> _iteratorTopoIndex;

    public SourceGraph(JsonObject graph)
    {
        var nodes = graph["nodes"] as JsonObject ?? [];
        foreach (var (id, node) in nodes)
        {
            NodeIds.Add(id);
            Nodes[id] = (JsonObject)node!;
            _parents[id] = [];
            _children[id] = [];
            _inputEdges[id] = [];
            _outputEdges[id] = [];
        }
        foreach (var edgeNode in graph["edges"] as JsonArray ?? [])
        {
            var edge = GraphEdge.FromJson(edgeNode!);
            Edges.Add(edge);
            _inputEdges[edge.DestinationNode].Add(edge);
            _outputEdges[edge.SourceNode].Add(edge);
            if (!_parents[edge.DestinationNode].Contains(edge.SourceNode))
            {
                _parents[edge.DestinationNode].Add(edge.SourceNode);
                _children[edge.SourceNode].Add(edge.DestinationNode);
            }
        }
        TopologicalOrder = Sort(id => _children[id], id => _parents[id].Count);
        var iteratorOrder = Sort(id => _children[id].Where(c => TypeOf(c) != NodeTypes.Collect), id => TypeOf(id) == NodeTypes.Collect ? 0 : _parents[id].Count);
        _iteratorTopoIndex = iteratorOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
    }

    public List<string> NodeIds { get; } = [];

    public Dictionary<string, JsonObject> Nodes { get; } = [];

    public List<GraphEdge> Edges { get; } = [];

    /// <summary>networkx's topological order: generation by generation, each in node order.</summary>
    public IReadOnlyList<string> TopologicalOrder { get; }

    public string TypeOf(string nodeId) => (string?)Nodes[nodeId]["type"] ?? "";

    public bool IsIterate(string nodeId) => TypeOf(nodeId) == NodeTypes.Iterate;

    public IReadOnlyList<string> Parents(string nodeId) => _parents[nodeId];

    public IReadOnlyList<GraphEdge> InputEdges(string nodeId) => _inputEdges[nodeId];

    public IEnumerable<GraphEdge> InputEdges(string nodeId, string field) => _inputEdges[nodeId].Where(e => e.DestinationField == field);

    public IReadOnlyList<GraphEdge> OutputEdges(string nodeId) => _outputEdges[nodeId];

    /// <summary>networkx's <c>ancestors</c>: every node with a path to <paramref name="nodeId"/>, itself excluded.</summary>
    public HashSet<string> Ancestors(string nodeId) => Closure(_ancestors, nodeId, cutAtCollectors: false);

    /// <summary>networkx's <c>has_path</c> (true for a node to itself).</summary>
    public bool HasPath(string from, string to) => from == to || Ancestors(to).Contains(from);

    /// <summary>The iterators upstream of <paramref name="nodeId"/> when edges into collectors are cut, in topological order.</summary>
    public List<string> IteratorsOf(string nodeId) => Closure(_iteratorAncestors, nodeId, cutAtCollectors: true)
        .Where(IsIterate)
        .OrderBy(id => _iteratorTopoIndex.GetValueOrDefault(id))
        .ToList();

    private HashSet<string> Closure(Dictionary<string, HashSet<string>> cache, string nodeId, bool cutAtCollectors)
    {
        if (cache.TryGetValue(nodeId, out var known))
            return known;
        var result = new HashSet<string>();
        var stack = new Stack<string>();
        stack.Push(nodeId);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (cutAtCollectors && TypeOf(current) == NodeTypes.Collect)
                continue;
            foreach (var parent in _parents[current])
            {
                if (result.Add(parent))
                    stack.Push(parent);
            }
        }
        cache[nodeId] = result;
        return result;
    }

    private List<string> Sort(System.Func<string, IEnumerable<string>> children, System.Func<string, int> indegreeOf)
    {
        var indegree = NodeIds.ToDictionary(id => id, indegreeOf);
        var order = new List<string>();
        var generation = NodeIds.Where(id => indegree[id] == 0).ToList();
        while (generation.Count > 0)
        {
            var next = new List<string>();
            foreach (var id in generation)
            {
                order.Add(id);
                foreach (var child in children(id))
                {
                    if (--indegree[child] == 0)
                        next.Add(child);
                }
            }
            generation = next;
        }
        return order;
    }
}
