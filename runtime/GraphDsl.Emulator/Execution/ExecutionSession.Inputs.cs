using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

// Input hydration of a prepared node from its parents' results (graph.py `_ExecutionRuntime.prepare_inputs`, :1150-1240).
public sealed partial class ExecutionSession
{
    private void PrepareInputs(string id, JsonObject node)
    {
        var edges = _execution.InputEdges(id);
        switch ((string?)node["type"])
        {
            case NodeTypes.Iterate:
                var collectionEdge = edges.FirstOrDefault(e => e.DestinationField == CollectionField);
                if (collectionEdge is not null)
                    node[CollectionField] = ResultValue(collectionEdge);
                break;
            case NodeTypes.Collect:
                node[CollectionField] = CollectCollection(edges);
                break;
            case NodeTypes.If:
                var selected = _resolvedIfBranches.GetValueOrDefault(id);
                foreach (var edge in edges.Where(e => e.DestinationField == "condition" || e.DestinationField == selected))
                {
                    if (!_results.ContainsKey(edge.SourceNode))
                        throw new InvalidOperationException($"IfInvocation selected input edge points at an exec node with no stored result output: if_exec_id={id}, source_exec_id={edge.SourceNode}, iteration_path={PathOf(id)}");
                    node[edge.DestinationField] = ResultValue(edge);
                }
                break;
            default:
                // Edge by edge: when several edges feed one input, the last one wins.
                foreach (var edge in edges)
                    node[edge.DestinationField] = ResultValue(edge);
                break;
        }
    }

    /// <summary><c>collection</c> inputs first (lists spliced in), then <c>item</c>s, each by (iteration path, source prepared id).</summary>
    private JsonArray CollectCollection(List<GraphEdge> edges)
    {
        IEnumerable<GraphEdge> Sorted(string field) => edges.Where(e => e.DestinationField == field)
            .OrderBy(e => PathOf(e.SourceNode)).ThenBy(e => e.SourceNode, StringComparer.Ordinal);
        var collection = new JsonArray();
        foreach (var edge in Sorted(CollectionField))
        {
            if (ResultValue(edge) is JsonArray list)
            {
                foreach (var item in list.ToList())
                {
                    list.Remove(item);
                    collection.Add(item);
                }
            }
            else
            {
                collection.Add(ResultValue(edge));
            }
        }
        foreach (var edge in Sorted(ItemField))
            collection.Add(ResultValue(edge));
        return collection;
    }

    private JsonNode? ResultValue(GraphEdge edge) => _results[edge.SourceNode][edge.SourceField]?.DeepClone();
}
