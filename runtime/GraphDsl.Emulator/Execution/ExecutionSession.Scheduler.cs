using System;
using System.Collections.Generic;
using System.Linq;

namespace GraphDsl.Emulator.Execution;

// Ready queues per class name and lazy `if` branches (graph.py `_ExecutionScheduler` :949-1084, `_IfBranchScheduler` :231-386).
public sealed partial class ExecutionSession
{
    private readonly Dictionary<string, List<string>> _readyQueues = [];
    private readonly HashSet<string> _readyIds = [];
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _ifExclusiveSources = [];
    private readonly Dictionary<string, string> _resolvedIfBranches = [];
    private string? _activeClass;

    /// <summary>FIFO within a class (by iteration path); a class is drained before the next, in name order.</summary>
    private string? NextReadyNode()
    {
        while (true)
        {
            if (_activeClass is not null)
            {
                var queue = _readyQueues.GetValueOrDefault(_activeClass);
                while (queue is { Count: > 0 })
                {
                    var id = queue[0];
                    queue.RemoveAt(0);
                    _readyIds.Remove(id);
                    if (!_executed.Contains(id))
                        return id;
                }
                _activeClass = null;
                continue;
            }
            var next = _readyQueues.Where(q => q.Value.Count > 0).Select(q => q.Key).Order(StringComparer.Ordinal).FirstOrDefault();
            if (next is null)
                return null;
            _activeClass = next;
        }
    }

    private void EnqueueIfReady(string id)
    {
        if (_indegree[id] != 0 || _executed.Contains(id) || IsDeferredByUnresolvedIf(id) || _readyIds.Contains(id))
            return;
        var className = ClassNameOf(_execution.Nodes[id]);
        if (!_readyQueues.TryGetValue(className, out var queue))
            _readyQueues[className] = queue = [];
        _states[id] = PreparedState.Ready;
        var path = PathOf(id);
        var at = queue.Count == 0 || PathOf(queue[^1]).CompareTo(path) <= 0
            ? queue.Count
            : queue.FindIndex(existing => PathOf(existing).CompareTo(path) > 0);
        queue.Insert(at < 0 ? queue.Count : at, id);
        _readyIds.Add(id);
    }

    private void ReleaseDownstream(string id)
    {
        foreach (var edge in _execution.OutputEdges(id))
        {
            var child = edge.DestinationNode;
            if (_indegree[child] == 0)
                throw new InvalidOperationException($"indegree underflow for {child} from parent {id}");
            _indegree[child]--;
            TryResolveIf(child);
            if (_indegree[child] == 0)
                EnqueueIfReady(child);
        }
    }

    private void RemoveFromReadyQueues(string id)
    {
        foreach (var queue in _readyQueues.Values)
            queue.Remove(id);
        _readyIds.Remove(id);
    }

    /// <summary>The source nodes only the <c>true_input</c> / <c>false_input</c> branch of <paramref name="ifId"/> needs.</summary>
    private Dictionary<string, HashSet<string>> BranchExclusiveSources(string ifId)
    {
        if (_ifExclusiveSources.TryGetValue(ifId, out var cached))
            return cached;
        var branches = new Dictionary<string, HashSet<string>>();
        foreach (var field in (string[])["true_input", "false_input"])
        {
            var nodes = new HashSet<string>();
            foreach (var edge in _source.InputEdges(ifId, field))
            {
                nodes.Add(edge.SourceNode);
                nodes.UnionWith(_source.Ancestors(edge.SourceNode));
            }
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var node in nodes.ToList())
                {
                    var staysInBranch = _source.OutputEdges(node).All(e =>
                        nodes.Contains(e.DestinationNode) || (e.DestinationNode == ifId && e.DestinationField == field));
                    if (!staysInBranch)
                    {
                        nodes.Remove(node);
                        changed = true;
                    }
                }
            }
            branches[field] = nodes;
        }
        _ifExclusiveSources[ifId] = branches;
        return branches;
    }

    private bool IsDeferredByUnresolvedIf(string id)
    {
        var sourceId = _preparedSource[id];
        foreach (var ifId in _source.NodeIds)
        {
            if (_source.TypeOf(ifId) != NodeTypes.If)
                continue;
            var branches = BranchExclusiveSources(ifId);
            if (!branches["true_input"].Contains(sourceId) && !branches["false_input"].Contains(sourceId))
                continue;
            var path = PathOf(id);
            var matching = (_sourcePrepared.TryGetValue(ifId, out var copies) ? copies : []).Where(c => PathOf(c).Equals(path)).ToList();
            if (matching.Count == 0 || !matching.All(_resolvedIfBranches.ContainsKey))
                return true;
        }
        return false;
    }

    /// <summary>Once an <c>if</c> copy's condition is known: drop the other branch's edges, skip its exclusive nodes, release the chosen ones.</summary>
    private void TryResolveIf(string id)
    {
        if (_resolvedIfBranches.ContainsKey(id))
            return;
        var node = _execution.Nodes[id];
        if ((string?)node["type"] != NodeTypes.If || !ApplyIfConditionInputs(id, node))
            return;
        var condition = node["condition"] is { } value && value.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var selected = condition ? "true_input" : "false_input";
        var unselected = condition ? "false_input" : "true_input";
        _resolvedIfBranches[id] = selected;

        var exclusive = BranchExclusiveSources(_preparedSource[id]);
        var path = PathOf(id);
        foreach (var edge in _execution.InputEdges(id, unselected))
        {
            if (!_executed.Contains(edge.SourceNode))
            {
                if (_indegree[id] == 0)
                    throw new InvalidOperationException($"indegree underflow for {id} when pruning {unselected}");
                _indegree[id]--;
            }
            _execution.DeleteEdge(edge);
        }
        foreach (var (preparedId, sourceId) in _preparedSource.ToList())
        {
            if (_executed.Contains(preparedId) || !PathOf(preparedId).Equals(path))
                continue;
            if (exclusive[selected].Contains(sourceId))
                EnqueueIfReady(preparedId);
            else if (exclusive[unselected].Contains(sourceId))
                MarkSkipped(preparedId);
        }
        EnqueueIfReady(id);
    }

    private bool ApplyIfConditionInputs(string id, System.Text.Json.Nodes.JsonObject node)
    {
        var edges = _execution.InputEdges(id, "condition");
        if (edges.Any(e => !_executed.Contains(e.SourceNode)))
            return false;
        foreach (var edge in edges)
            node[edge.DestinationField] = _results[edge.SourceNode][edge.SourceField]?.DeepClone();
        return true;
    }

    private void MarkSkipped(string id)
    {
        if (_states[id] is PreparedState.Executed or PreparedState.Skipped)
            return;
        RemoveFromReadyQueues(id);
        _states[id] = PreparedState.Skipped;
        MarkExecuted(id);
        var sourceId = _preparedSource[id];
        if (_sourcePrepared[sourceId].All(_executed.Contains) && !_executed.Contains(sourceId))
        {
            MarkExecuted(sourceId);
            _executedHistory.Add(sourceId);
        }
    }
}
