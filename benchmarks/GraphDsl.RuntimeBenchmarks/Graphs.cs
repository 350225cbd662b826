using GraphDsl;
using InvokeAI.Nodes;

namespace GraphDsl.RuntimeBenchmarks;

/// <summary>The benchmark graphs: a chain of <c>add</c> nodes, each fed by the two before it (two edges per node).</summary>
internal static class Graphs
{
    public static Graph AddChain(int nodes)
    {
        var g = new GraphBuilder("bench");
        var previous = g.Add(new AddInvocation { A = 1, B = 2 });
        var beforePrevious = previous;
        for (var i = 1; i < nodes; i++)
        {
            var node = g.Add(new AddInvocation { A = previous.Out.Value, B = i == 1 ? 3 : beforePrevious.Out.Value });
            node.IsIntermediate = i % 2 == 0;
            beforePrevious = previous;
            previous = node;
        }
        return g.Build();
    }

    /// <summary>The same graph the way an untyped client holds it: dictionaries of objects.</summary>
    public static Dictionary<string, object?> AsDictionaries(Graph graph)
    {
        var nodes = new Dictionary<string, object?>(graph.Nodes.Count);
        foreach (var node in graph.Nodes)
        {
            var fields = new Dictionary<string, object?> { ["id"] = node.Id, ["type"] = node.Type };
            for (var i = 0; i < node.Descriptor.Inputs.Count; i++)
            {
                if (node.GetLiteral(i) is { } literal)
                    fields[node.Descriptor.Inputs[i].Name] = literal;
            }
            fields["is_intermediate"] = node.IsIntermediate;
            fields["use_cache"] = node.UseCache;
            nodes[node.Id!] = fields;
        }
        var edges = graph.Edges.Select(e => (object?)new Dictionary<string, object?>
        {
            ["source"] = new Dictionary<string, object?> { ["node_id"] = e.Source.NodeId, ["field"] = e.Source.Field },
            ["destination"] = new Dictionary<string, object?> { ["node_id"] = e.Destination.NodeId, ["field"] = e.Destination.Field },
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["batch"] = new Dictionary<string, object?>
            {
                ["graph"] = new Dictionary<string, object?> { ["id"] = graph.Id, ["nodes"] = nodes, ["edges"] = edges },
                ["runs"] = 1,
                ["origin"] = "benchmark",
            },
            ["prepend"] = false,
        };
    }
}
