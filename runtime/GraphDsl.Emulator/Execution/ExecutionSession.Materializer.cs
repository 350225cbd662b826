using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

// Materialisation of source nodes into prepared copies (graph.py `_ExecutionMaterializer`, :388-946).
public sealed partial class ExecutionSession
{
    private const string CollectionField = "collection";
    private const string ItemField = "item";
    private readonly Dictionary<string, string[]> _iterationAxes = [];

    /// <summary>Materialises the next source node that can be; its first new id, the source id when it got no copies, or null when none can.</summary>
    private string? PrepareOne()
    {
        var nextId = _source.TopologicalOrder.FirstOrDefault(id =>
            !_sourcePrepared.ContainsKey(id)
            && (!_source.IsIterate(id) || _source.Parents(id).All(_executed.Contains))
            && !_source.Ancestors(id).Any(a => _source.IsIterate(a) && !_executed.Contains(a)));
        if (nextId is null)
            return null;

        var newIds = new List<string>();
        if (_source.TypeOf(nextId) == NodeTypes.Collect)
        {
            foreach (var (path, mapping) in CollectMappingGroups(_source.InputEdges(nextId)))
                newIds.AddRange(CreateExecutionNodes(nextId, mapping, path));
        }
        else
        {
            var hasIterators = _source.IteratorsOf(nextId).Count > 0;
            foreach (var mapping in ParentMappings(nextId).ToList())
            {
                IterationPath? path = null;
                if (!hasIterators)
                {
                    path = mapping.Select(m => PathOf(m.PreparedId))
                        .OrderByDescending(p => p.Length).ThenByDescending(p => p)
                        .FirstOrDefault() ?? IterationPath.Empty;
                }
                newIds.AddRange(CreateExecutionNodes(nextId, mapping, path));
            }
        }

        if (newIds.Count == 0)
        {
            // An empty iteration: the source is done, with no copies (graph.py:678-681).
            _sourcePrepared[nextId] = [];
            MarkExecuted(nextId);
            _executedHistory.Add(nextId);
            return nextId;
        }
        return newIds[0];
    }

    private List<string> CreateExecutionNodes(string sourceId, List<ParentMapping> mapping, IterationPath? path)
    {
        var source = _source.Nodes[sourceId];
        var isIterate = _source.IsIterate(sourceId);
        var iterations = isIterate ? Enumerable.Range(0, IteratorCount(sourceId, mapping)).ToList() : [-1];
        var edges = new List<(string Source, string SourceField, string DestinationField)>();
        foreach (var edge in _source.InputEdges(sourceId))
        {
            foreach (var m in mapping.Where(m => m.SourceId == edge.SourceNode))
                edges.Add((m.PreparedId, edge.SourceField, edge.DestinationField));
        }

        var created = new List<string>();
        foreach (var index in iterations)
        {
            var copy = (JsonObject)source.DeepClone();
            var id = Guid.NewGuid().ToString();
            copy["id"] = id;
            if (isIterate)
                copy["index"] = index;
            if (index >= 0 || _source.TypeOf(sourceId) == NodeTypes.Collect)
                copy["use_cache"] = false;
            _execution.AddNode(id, copy);
            _preparedSource[id] = sourceId;
            if (!_sourcePrepared.TryGetValue(sourceId, out var prepared))
                _sourcePrepared[sourceId] = prepared = [];
            prepared.Add(id);
            _states[id] = PreparedState.Pending;

            var attached = edges.Select(e => new GraphEdge(e.Source, e.SourceField, id, e.DestinationField)).ToList();
            _execution.AddEdges(attached);
            var nodePath = path;
            if (nodePath is null)
                nodePath = KnownIterationPath(index, mapping);
            else if (isIterate)
                nodePath = nodePath.Append(index);
            _paths[id] = nodePath ?? BuildIterationPath(id, sourceId);

            _indegree[id] = attached.Count(e => !_executed.Contains(e.SourceNode));
            TryResolveIf(id);
            EnqueueIfReady(id);
            created.Add(id);
        }
        return created;
    }

    private int IteratorCount(string sourceId, List<ParentMapping> mapping)
    {
        var edge = _source.InputEdges(sourceId, CollectionField).First();
        var preparedId = mapping.First(m => m.SourceId == edge.SourceNode).PreparedId;
        return _results[preparedId][edge.SourceField] is JsonArray items ? items.Count : 0;
    }

    private string[] IterationAxes(string sourceId)
    {
        if (!_iterationAxes.TryGetValue(sourceId, out var axes))
        {
            var list = _source.IteratorsOf(sourceId);
            if (_source.IsIterate(sourceId))
                list.Add(sourceId);
            _iterationAxes[sourceId] = axes = [.. list];
        }
        return axes;
    }

    /// <summary>graph.py `_get_known_iteration_path`: the path the parents agree on, or null when it must be built.</summary>
    private IterationPath? KnownIterationPath(int index, List<ParentMapping> mapping)
    {
        var parentPaths = new List<IterationPath>();
        var parentAxes = new List<string>();
        foreach (var m in mapping)
        {
            var parentPath = PathOf(m.PreparedId);
            if (parentPath.Length == 0)
                continue;
            parentPaths.Add(parentPath);
            parentAxes.Add(string.Join('\u0001', IterationAxes(m.SourceId)));
        }
        var unique = parentPaths.Distinct().ToList();
        var shareAxes = parentAxes.Distinct().Count() <= 1;
        if (index >= 0)
            return unique.Count > 1 || !shareAxes ? null : (unique.FirstOrDefault() ?? IterationPath.Empty).Append(index);
        if (unique.Count == 0)
            return IterationPath.Empty;
        return unique.Count == 1 && shareAxes ? unique[0] : null;
    }

    /// <summary>graph.py `_build_iteration_path`: the index of each upstream iterator copy, outer to inner.</summary>
    private IterationPath BuildIterationPath(string preparedId, string sourceId)
    {
        var indexes = new List<int>();
        foreach (var iterator in _source.IteratorsOf(sourceId))
        {
            if (!_sourcePrepared.TryGetValue(iterator, out var copies))
                continue;
            var copy = copies.FirstOrDefault(c => _execution.HasPath(c, preparedId));
            if (copy is not null)
                indexes.Add((int?)_execution.Nodes[copy]["index"] ?? 0);
        }
        if ((string?)_execution.Nodes[preparedId]["type"] == NodeTypes.Iterate)
            indexes.Add((int?)_execution.Nodes[preparedId]["index"] ?? 0);
        return IterationPath.Of(indexes);
    }

    /// <summary>The non-skipped copies of <paramref name="sourceId"/>, by (path, id).</summary>
    private List<string> OrderedPrepared(string sourceId) =>
        (_sourcePrepared.TryGetValue(sourceId, out var copies) ? copies : [])
            .Where(id => _states[id] != PreparedState.Skipped)
            .OrderBy(PathOf).ThenBy(id => id, StringComparer.Ordinal)
            .ToList();

    private IEnumerable<List<ParentMapping>> ParentMappings(string nodeId)
    {
        var parents = _source.Parents(nodeId);
        var iterators = _source.IteratorsOf(nodeId);
        if (iterators.Count == 0)
            return MappingsWithoutIterators(parents);

        var iteratorCopies = iterators.Select(it => (_sourcePrepared.TryGetValue(it, out var c) ? c : []).OrderBy(PathOf).ToList()).ToList();
        var preparedBySource = parents.ToDictionary(p => p, OrderedPrepared);
        var byPath = preparedBySource.ToDictionary(p => p.Key, p => p.Value.GroupBy(PathOf).ToDictionary(g => g.Key, g => g.ToList()));
        return Product(iteratorCopies).Select(combination =>
        {
            var mapping = new List<ParentMapping>();
            foreach (var parent in parents)
            {
                var preparedId = IndexedIterationNode(parent, combination, byPath[parent])
                    ?? IterationNode(parent, combination, preparedBySource[parent]);
                if (preparedId is null)
                    break;
                mapping.Add(new ParentMapping(parent, preparedId));
            }
            return mapping;
        }).Where(mapping => mapping.Count == parents.Count);
    }

    private IEnumerable<List<ParentMapping>> MappingsWithoutIterators(IReadOnlyList<string> parents)
    {
        var preparedBySource = parents.ToDictionary(p => p, OrderedPrepared);
        var allPaths = preparedBySource.Values.SelectMany(c => c).Select(PathOf).Where(p => p.Length > 0).Distinct().ToList();
        var paths = allPaths.Where(p => !allPaths.Any(o => !o.Equals(p) && o.StartsWith(p))).OrderBy(p => p).ToList();
        if (paths.Count == 0)
            paths.Add(IterationPath.Empty);
        foreach (var path in paths)
        {
            var mapping = new List<ParentMapping>();
            foreach (var parent in parents)
            {
                var match = preparedBySource[parent]
                    .Where(id => path.StartsWith(PathOf(id)))
                    .OrderByDescending(id => PathOf(id).Length).ThenBy(id => id, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (match is null)
                    break;
                mapping.Add(new ParentMapping(parent, match));
            }
            if (mapping.Count == parents.Count)
                yield return mapping;
        }
    }

    /// <summary>graph.py `_get_indexed_iteration_node`: the parent copy at the combination's path, when unique.</summary>
    private string? IndexedIterationNode(string parent, IReadOnlyList<string> combination, Dictionary<IterationPath, List<string>> byPath)
    {
        var parentPaths = combination.Where(c => _source.HasPath(_preparedSource[c], parent)).Select(PathOf).ToList();
        var target = IterationPath.Empty;
        if (parentPaths.Count > 0)
        {
            target = parentPaths.MaxBy(p => p.Length)!;
            if (!parentPaths.All(p => target.StartsWith(p)))
                return null;
        }
        for (var length = target.Length; length >= 0; length--)
        {
            if (byPath.TryGetValue(target.Take(length), out var candidates) && candidates.Count > 0)
                return candidates.Count == 1 ? candidates[0] : null;
        }
        return null;
    }

    /// <summary>graph.py `get_iteration_node`: the parent copy reachable from every relevant iterator copy.</summary>
    private string? IterationNode(string parent, IReadOnlyList<string> combination, List<string> prepared)
    {
        if (prepared.Count == 1 && combination.Count == 0)
            return prepared[0];
        var parentIterators = combination.Where(c => _source.HasPath(_preparedSource[c], parent)).ToList();
        bool Matches(string candidate) => parentIterators.All(it => _execution.HasPath(it, candidate));
        if (prepared.Count == 1)
            return Matches(prepared[0]) ? prepared[0] : null;
        var direct = combination.FirstOrDefault(prepared.Contains);
        if (direct is not null && Matches(direct))
            return direct;
        return prepared.FirstOrDefault(Matches);
    }

    /// <summary>graph.py `_get_collect_iteration_mapping_groups`: one collector copy per outer-iteration group.</summary>
    private List<(IterationPath Path, List<ParentMapping> Mapping)> CollectMappingGroups(IReadOnlyList<GraphEdge> inputEdges)
    {
        var inputs = new List<(string Field, string SourceId, string PreparedId, IterationPath Path)>();
        var keys = new HashSet<IterationPath>();
        foreach (var edge in inputEdges)
        {
            keys.UnionWith(CollectCandidateGroupKeys(edge));
            var prepared = OrderedPrepared(edge.SourceNode);
            var siblingDepth = prepared.Count == 0 ? 0 : prepared.Max(id => PathOf(id).Length);
            foreach (var id in prepared)
            {
                var path = PathOf(id);
                keys.Add(edge.DestinationField == ItemField ? path.Take(Math.Max(siblingDepth - 1, 0)) : path);
                inputs.Add((edge.DestinationField, edge.SourceNode, id, path));
            }
        }
        if (keys.Count == 0)
            keys.Add(IterationPath.Empty);
        var finalKeys = keys.Where(k => !keys.Any(o => !o.Equals(k) && o.StartsWith(k))).OrderBy(k => k).ToList();
        return finalKeys.Select(key => (key, inputs
            .Where(i => i.Field == ItemField
                ? key.StartsWith(i.Path) || i.Path.StartsWith(key)
                : key.StartsWith(i.Path))
            .Select(i => new ParentMapping(i.SourceId, i.PreparedId))
            .ToList())).ToList();
    }

    private HashSet<IterationPath> CollectCandidateGroupKeys(GraphEdge edge)
    {
        var iterators = _source.IteratorsOf(edge.SourceNode);
        if (_source.IsIterate(edge.SourceNode))
            iterators.Add(edge.SourceNode);
        var depth = iterators.Count;
        if (edge.DestinationField == ItemField)
            depth = Math.Max(depth - 1, 0);
        var keys = new HashSet<IterationPath>();
        foreach (var iterator in iterators)
        {
            var prepared = OrderedPrepared(iterator);
            if (prepared.Count > 0 && depth > 0)
                keys.UnionWith(prepared.Select(PathOf).Where(p => p.Length >= depth).Select(p => p.Take(depth)));
            foreach (var input in _source.InputEdges(iterator, CollectionField))
                keys.UnionWith(OrderedPrepared(input.SourceNode).Select(PathOf));
        }
        if (keys.Count > 0)
            return keys;
        return depth == 0 ? [IterationPath.Empty] : [];
    }

    private static IEnumerable<IReadOnlyList<string>> Product(List<List<string>> axes)
    {
        IEnumerable<IReadOnlyList<string>> result = [Array.Empty<string>()];
        foreach (var axis in axes)
        {
            var current = result;
            result = current.SelectMany(prefix => axis.Select(item => (IReadOnlyList<string>)[.. prefix, item]));
        }
        return result;
    }
}

/// <summary>A source parent and the copy of it a new copy reads from.</summary>
internal sealed record ParentMapping(string SourceId, string PreparedId);
