using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

/// <summary>The graph of prepared (materialised) nodes: fresh ids, resolved inputs, and the edges between copies.</summary>
internal sealed class ExecutionGraph
{
    private readonly List<GraphEdge> _edges = [];

    public string Id { get; } = Guid.NewGuid().ToString();

    /// <summary>The prepared nodes, in materialisation order.</summary>
    public Dictionary<string, JsonObject> Nodes { get; } = [];

    public IReadOnlyList<GraphEdge> Edges => _edges;

    public void AddNode(string id, JsonObject node) => Nodes.Add(id, node);

    public void AddEdges(IEnumerable<GraphEdge> edges) => _edges.AddRange(edges);

    public void DeleteEdge(GraphEdge edge) => _edges.Remove(edge);

    public List<GraphEdge> InputEdges(string nodeId) => _edges.Where(e => e.DestinationNode == nodeId).ToList();

    public List<GraphEdge> InputEdges(string nodeId, string field) => _edges.Where(e => e.DestinationNode == nodeId && e.DestinationField == field).ToList();

    public List<GraphEdge> OutputEdges(string nodeId) => _edges.Where(e => e.SourceNode == nodeId).ToList();

    /// <summary>networkx's <c>has_path</c> over the prepared edges (true for a node to itself).</summary>
    public bool HasPath(string from, string to)
    {
        if (from == to)
            return true;
        var seen = new HashSet<string> { from };
        var stack = new Stack<string>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var edge in _edges)
            {
                if (edge.SourceNode != current)
                    continue;
                if (edge.DestinationNode == to)
                    return true;
                if (seen.Add(edge.DestinationNode))
                    stack.Push(edge.DestinationNode);
            }
        }
        return false;
    }

    public JsonObject ToJson()
    {
        var nodes = new JsonObject();
        foreach (var (id, node) in Nodes)
            nodes[id] = node.DeepClone();
        return new JsonObject
        {
            ["id"] = Id,
            ["nodes"] = nodes,
            ["edges"] = new JsonArray(_edges.Select(e => (JsonNode?)e.ToJson()).ToArray()),
        };
    }
}
