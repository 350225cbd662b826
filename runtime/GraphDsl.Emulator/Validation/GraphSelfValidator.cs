using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Validation;

/// <summary>
/// The server's <c>Graph.validate_self()</c> (protocol §2) over a parsed graph: unique node ids, keys equal to ids,
/// edge ends and fields, no cycles, edge types, then the iterate and collect rules. Like the server it stops at the
/// first failure and gives its message.
/// </summary>
internal sealed class GraphSelfValidator
{
    private const string CallSavedWorkflowType = "call_saved_workflow";
    private const string DynamicInputPrefix = "saved_workflow_input::";
    private const string ItemField = "item";
    private const string CollectionField = "collection";

    private readonly FieldTypes _types;
    private readonly ParsedGraph _graph;
    private readonly Dictionary<string, ParsedNode> _byKey;

    private GraphSelfValidator(FieldTypes types, ParsedGraph graph)
    {
        _types = types;
        _graph = graph;
        _byKey = graph.Nodes.ToDictionary(n => n.Key, StringComparer.Ordinal);
    }

    /// <summary>The message of the first rule <paramref name="graph"/> breaks, or <see langword="null"/> when it is valid.</summary>
    public static string? FirstProblem(FieldTypes types, ParsedGraph graph)
    {
        var validator = new GraphSelfValidator(types, graph);
        return validator.UniqueIds() ?? validator.IdsMatchKeys() ?? validator.EdgeEnds() ?? validator.Acyclic()
            ?? validator.EdgeTypes() ?? validator.SpecialNodes();
    }

    private string? UniqueIds()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var node in _graph.Nodes)
        {
            if (!seen.Add(node.Id) && !duplicates.Contains(node.Id))
            {
                duplicates.Add(node.Id);
            }
        }

        return duplicates.Count == 0
            ? null
            : "Node ids must be unique, found duplicates {" + string.Join(", ", duplicates.Select(PythonText.Repr)) + "}";
    }

    private string? IdsMatchKeys() =>
        _graph.Nodes.FirstOrDefault(n => n.Key != n.Id) is { } node ? $"Node ids must match, got {node.Key} and {node.Id}" : null;

    private string? EdgeEnds()
    {
        foreach (var edge in _graph.Edges)
        {
            if (!_byKey.TryGetValue(edge.Source.NodeId, out var source))
            {
                return $"Edge source node {edge.Source.NodeId} does not exist in the graph";
            }

            if (!_byKey.TryGetValue(edge.Destination.NodeId, out var destination))
            {
                return $"Edge destination node {edge.Destination.NodeId} does not exist in the graph";
            }

            if (!_types.HasOutput(source.Template, edge.Source.Field))
            {
                return $"Edge source field {edge.Source.Field} does not exist in node {edge.Source.NodeId}";
            }

            if (!FieldTypes.HasInput(destination.Template, edge.Destination.Field) && !IsDynamicInput(destination, edge.Destination.Field))
            {
                return $"Edge destination field {edge.Destination.Field} does not exist in node {edge.Destination.NodeId}";
            }
        }

        return null;
    }

    private static bool IsDynamicInput(ParsedNode node, string field) =>
        node.Template.Type == CallSavedWorkflowType && field.StartsWith(DynamicInputPrefix, StringComparison.Ordinal);

    /// <summary>networkx's DAG check over node ids and edge ends (Kahn's algorithm; a self-loop is a cycle).</summary>
    private string? Acyclic()
    {
        var successors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var inDegree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in _graph.Nodes)
        {
            successors.TryAdd(node.Id, []);
            inDegree.TryAdd(node.Id, 0);
        }

        foreach (var edge in _graph.Edges)
        {
            successors.TryAdd(edge.Source.NodeId, []);
            inDegree.TryAdd(edge.Source.NodeId, 0);
            inDegree.TryAdd(edge.Destination.NodeId, 0);
            successors.TryAdd(edge.Destination.NodeId, []);
            if (successors[edge.Source.NodeId].Add(edge.Destination.NodeId))
            {
                inDegree[edge.Destination.NodeId]++;
            }
        }

        var ready = new Queue<string>(inDegree.Where(d => d.Value == 0).Select(d => d.Key));
        var visited = 0;
        while (ready.Count > 0)
        {
            var id = ready.Dequeue();
            visited++;
            foreach (var next in successors[id])
            {
                if (--inDegree[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }

        return visited == inDegree.Count ? null : "Graph contains cycles";
    }

    private string? EdgeTypes()
    {
        foreach (var edge in _graph.Edges)
        {
            var destination = _byKey[edge.Destination.NodeId];
            if (IsDynamicInput(destination, edge.Destination.Field))
            {
                continue;
            }

            if (!PythonTypes.AreCompatible(OutputType(edge.Source), InputType(edge.Destination)))
            {
                return $"Edge source and target types do not match ({edge})";
            }
        }

        return null;
    }

    private WireType? OutputType(EdgeEnd end) => _types.OutputType(_byKey[end.NodeId].Template, end.Field);

    private WireType? InputType(EdgeEnd end) => FieldTypes.InputType(_byKey[end.NodeId].Template, end.Field);

    private string? SpecialNodes()
    {
        foreach (var node in _graph.Nodes)
        {
            if (node.Template.Type == "iterate" && IteratorProblem(node.Id) is { } iteratorProblem)
            {
                return $"Invalid iterator node ({node.Id}): {iteratorProblem}";
            }

            if (node.Template.Type == "collect" && CollectorProblem(node.Id) is { } collectorProblem)
            {
                return $"Invalid collector node ({node.Id}): {collectorProblem}";
            }
        }

        return null;
    }

    private IEnumerable<ParsedEdge> InputEdges(string nodeId, string field) =>
        _graph.Edges.Where(e => e.Destination.NodeId == nodeId && e.Destination.Field == field);

    private IEnumerable<ParsedEdge> OutputEdges(string nodeId, string field) =>
        _graph.Edges.Where(e => e.Source.NodeId == nodeId && e.Source.Field == field);

    private string? IteratorProblem(string nodeId)
    {
        var inputs = InputEdges(nodeId, CollectionField).Select(e => e.Source).ToList();
        var outputTypes = OutputEdges(nodeId, ItemField).Select(e => InputType(e.Destination)).ToList();
        if (inputs.Count == 0)
        {
            return "Iterator must have a collection input edge";
        }

        if (inputs.Count > 1)
        {
            return "Iterator may only have one input edge";
        }

        var inputType = OutputType(inputs[0]);
        if (!PythonTypes.IsList(inputType))
        {
            return "Iterator input must be a collection";
        }

        var itemType = inputType!.Arguments[0];
        if (!outputTypes.All(t => PythonTypes.AreCompatible(itemType, t)))
        {
            return "Iterator outputs must connect to an input with a matching type";
        }

        var inputNode = _byKey[inputs[0].NodeId];
        if (inputNode.Template.Type != "collect")
        {
            return null;
        }

        var root = CollectorRootType(inputNode.Id);
        if (root is null)
        {
            return "Iterator input collector must have at least one item or collection input edge";
        }

        return outputTypes.All(t => PythonTypes.AreCompatible(root, t)) ? null : "Iterator collection type must match all iterator output types";
    }

    private HashSet<WireType> CollectorInputTypes(string nodeId, HashSet<string> visited)
    {
        var types = new HashSet<WireType>();
        if (!visited.Add(nodeId))
        {
            return types;
        }

        foreach (var edge in InputEdges(nodeId, ItemField))
        {
            types.UnionWith(PythonTypes.ItemInputTypes(OutputType(edge.Source)));
        }

        foreach (var edge in InputEdges(nodeId, CollectionField))
        {
            var source = _byKey[edge.Source.NodeId];
            if (source.Template.Type == "collect" && edge.Source.Field == CollectionField)
            {
                types.UnionWith(CollectorInputTypes(source.Id, [.. visited]));
                continue;
            }

            types.UnionWith(PythonTypes.CollectionItemTypes(OutputType(edge.Source)));
        }

        return types;
    }

    private WireType? CollectorRootType(string nodeId)
    {
        var types = CollectorInputTypes(nodeId, new HashSet<string>(StringComparer.Ordinal));
        var concrete = types.Where(t => !t.Equals(WireType.Any)).ToList();
        if (concrete.Count == 0)
        {
            return types.Contains(WireType.Any) ? WireType.Any : null;
        }

        var roots = PythonTypes.RootTypes(concrete);
        return roots.Count == 1 ? roots[0] : WireType.Any;
    }

    private string? CollectorProblem(string nodeId)
    {
        var itemInputs = InputEdges(nodeId, ItemField).Select(e => e.Source).ToList();
        var collectionInputs = InputEdges(nodeId, CollectionField).Select(e => e.Source).ToList();
        var outputs = OutputEdges(nodeId, CollectionField).Select(e => e.Destination).ToList();
        if (itemInputs.Count == 0 && collectionInputs.Count == 0)
        {
            return "Collector must have at least one item or collection input edge";
        }

        var collectionTypes = collectionInputs.Select(OutputType).ToList();
        if (!collectionTypes.All(t => PythonTypes.IsListOrContainsList(t) || PythonTypes.IsAny(t)))
        {
            return "Collector collection input must be a collection";
        }

        var inputTypes = new HashSet<WireType>(itemInputs.SelectMany(s => PythonTypes.ItemInputTypes(OutputType(s))));
        foreach (var source in collectionInputs)
        {
            var sourceNode = _byKey[source.NodeId];
            inputTypes.UnionWith(sourceNode.Template.Type == "collect" && source.Field == CollectionField
                ? CollectorInputTypes(sourceNode.Id, new HashSet<string>(StringComparer.Ordinal))
                : PythonTypes.CollectionItemTypes(OutputType(source)));
        }

        var roots = PythonTypes.RootTypes(inputTypes.Where(t => !t.Equals(WireType.Any)).ToList());
        if (roots.Count > 1)
        {
            return "Collector input collection items must be of a single type";
        }

        var root = roots.Count == 1 ? roots[0] : null;
        var outputTypes = outputs.Select(InputType).ToList();
        if (!outputTypes.All(t => PythonTypes.IsListOrContainsList(t) || PythonTypes.IsAny(t)))
        {
            return "Collector output must connect to a collection input";
        }

        const string mismatch = "Collector outputs must connect to a collection input with a matching type";
        if (root is not null)
        {
            if (!outputTypes.All(t => PythonTypes.IsAny(t)
                    || PythonTypes.IsUnionSubtype(root, PythonTypes.FirstArgument(t))
                    || PythonTypes.IsSubclass(root, PythonTypes.FirstArgument(t))))
            {
                return mismatch;
            }
        }
        else if (outputTypes.Any(t => !PythonTypes.IsAny(t) && !Equals(PythonTypes.FirstArgument(t), WireType.Any)))
        {
            return mismatch;
        }

        foreach (var output in outputs)
        {
            var outputNode = _byKey[output.NodeId];
            if (outputNode.Template.Type != "collect" || output.Field != CollectionField)
            {
                continue;
            }

            var outputRoot = CollectorRootType(outputNode.Id);
            if (outputRoot is null)
            {
                continue;
            }

            if (root is null ? !outputRoot.Equals(WireType.Any) : !PythonTypes.AreCompatible(root, outputRoot))
            {
                return mismatch;
            }
        }

        return null;
    }
}
