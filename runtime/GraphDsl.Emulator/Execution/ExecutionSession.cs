using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Execution;

/// <summary>
/// A session being run: InvokeAI's <c>GraphExecutionState</c>. It materialises the enqueued graph into prepared copies
/// (fresh ids, one per iteration), schedules them as the server does, and keeps results, errors and the id mappings.
/// Thread-safe: <see cref="ToJson"/> may be called while a <see cref="SessionRunner"/> runs it.
/// </summary>
public sealed partial class ExecutionSession
{
    private readonly object _lock = new();
    private readonly InvokeSchema _schema;
    private readonly JsonObject _graphJson;
    private readonly SourceGraph _source;
    private readonly ExecutionGraph _execution = new();
    private readonly List<string> _executedOrder = [];
    private readonly HashSet<string> _executed = [];
    private readonly List<string> _executedHistory = [];
    private readonly Dictionary<string, JsonObject> _results = [];
    private readonly Dictionary<string, string> _errors = [];
    private readonly Dictionary<string, string> _preparedSource = [];
    private readonly Dictionary<string, List<string>> _sourcePrepared = [];
    private readonly Dictionary<string, IterationPath> _paths = [];
    private readonly Dictionary<string, int> _indegree = [];
    private readonly Dictionary<string, PreparedState> _states = [];

    private ExecutionSession(JsonObject graph, InvokeSchema schema)
    {
        _schema = schema;
        _graphJson = graph;
        _source = new SourceGraph(graph);
    }

    /// <summary>The session id (a fresh uuid4): the queue item's <c>session_id</c>.</summary>
    public string Id { get; } = Guid.NewGuid().ToString();

    /// <summary>Starts a session of <paramref name="graph"/>.</summary>
    /// <param name="graph">The validated, normalised graph <c>{id, nodes, edges}</c>, batch substitutions applied; it is copied.</param>
    /// <param name="schema">The schema the graph was validated against.</param>
    public static ExecutionSession Create(JsonObject graph, InvokeSchema schema)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(schema);
        return new ExecutionSession((JsonObject)graph.DeepClone(), schema);
    }

    /// <summary>The <c>GraphExecutionState</c> JSON (InvokeAI 6.14's fields, in its order), a snapshot.</summary>
    public JsonObject ToJson()
    {
        lock (_lock)
        {
            var results = new JsonObject();
            foreach (var (id, output) in _results)
                results[id] = output.DeepClone();
            var errors = new JsonObject();
            foreach (var (id, error) in _errors)
                errors[id] = error;
            var preparedSource = new JsonObject();
            foreach (var (prepared, source) in _preparedSource)
                preparedSource[prepared] = source;
            var sourcePrepared = new JsonObject();
            foreach (var (source, prepared) in _sourcePrepared)
                sourcePrepared[source] = Strings(prepared);
            var paths = new JsonObject();
            foreach (var (prepared, path) in _paths)
                paths[prepared] = path.ToJson();
            var indegree = new JsonObject();
            foreach (var (prepared, count) in _indegree)
                indegree[prepared] = count;
            return new JsonObject
            {
                ["id"] = Id,
                ["graph"] = _graphJson.DeepClone(),
                ["execution_graph"] = _execution.ToJson(),
                ["executed"] = Strings(_executedOrder),
                ["executed_history"] = Strings(_executedHistory),
                ["results"] = results,
                ["errors"] = errors,
                ["workflow_call_stack"] = new JsonArray(),
                ["workflow_call_history"] = new JsonArray(),
                ["workflow_call_parent"] = null,
                ["waiting_workflow_call"] = null,
                ["waiting_workflow_call_execution"] = null,
                ["waiting_workflow_call_child_session"] = null,
                ["max_workflow_call_depth"] = 4,
                ["prepared_source_mapping"] = preparedSource,
                ["source_prepared_mapping"] = sourcePrepared,
                ["prepared_iteration_paths"] = paths,
                ["ready_order"] = new JsonArray(),
                ["indegree"] = indegree,
            };
        }
    }

    /// <summary>The next node to run with its inputs resolved (python's <c>next()</c>), or <see langword="null"/> when none is left.</summary>
    internal PreparedInvocation? Next()
    {
        lock (_lock)
        {
            var preparedId = NextReadyNode();
            if (preparedId is null)
            {
                while (PrepareOne() is not null)
                {
                }
                preparedId = NextReadyNode();
            }
            if (preparedId is null)
                return null;
            var node = _execution.Nodes[preparedId];
            PrepareInputs(preparedId, node);
            return new PreparedInvocation(preparedId, _preparedSource[preparedId], (string?)node["type"] ?? "", (JsonObject)node.DeepClone(), EventInvocation(node));
        }
    }

    /// <summary>Records <paramref name="output"/> of <paramref name="preparedId"/> and releases its dependents.</summary>
    internal void Complete(string preparedId, JsonObject output)
    {
        lock (_lock)
        {
            if (!_execution.Nodes.TryGetValue(preparedId, out var node))
                return;
            _states[preparedId] = PreparedState.Executed;
            MarkExecuted(preparedId);
            _results[preparedId] = (JsonObject)output.DeepClone();
            if (IsIterateOrCollect(node))
                node["collection"] = new JsonArray();
            var sourceId = _preparedSource[preparedId];
            if (_sourcePrepared[sourceId].All(_executed.Contains) && !_executed.Contains(sourceId))
            {
                MarkExecuted(sourceId);
                _executedHistory.Add(sourceId);
            }
            ReleaseDownstream(preparedId);
        }
    }

    /// <summary>Records the failure of <paramref name="preparedId"/> (<c>"Type: message"</c>).</summary>
    internal void SetNodeError(string preparedId, string error)
    {
        lock (_lock)
            _errors[preparedId] = error;
    }

    /// <summary>Every source node executed, or an error recorded.</summary>
    internal bool IsComplete()
    {
        lock (_lock)
            return _errors.Count > 0 || _source.NodeIds.All(_executed.Contains);
    }

    private void MarkExecuted(string id)
    {
        if (_executed.Add(id))
            _executedOrder.Add(id);
    }

    private static bool IsIterateOrCollect(JsonObject node) => (string?)node["type"] is NodeTypes.Iterate or NodeTypes.Collect;

    private static JsonObject EventInvocation(JsonObject node)
    {
        var copy = (JsonObject)node.DeepClone();
        if (IsIterateOrCollect(copy))
            copy["collection"] = new JsonArray();
        return copy;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private string ClassNameOf(JsonObject node)
    {
        var type = (string?)node["type"] ?? "";
        return _schema.FindNode(type)?.SchemaName ?? type;
    }

    private IterationPath PathOf(string preparedId) => _paths.TryGetValue(preparedId, out var path) ? path : IterationPath.Empty;
}

/// <summary>Where a prepared node is in its life.</summary>
internal enum PreparedState
{
    Pending,
    Ready,
    Executed,
    Skipped,
}

/// <summary>A prepared node handed to the runner.</summary>
/// <param name="PreparedId">The prepared id.</param>
/// <param name="SourceId">The source node id.</param>
/// <param name="Type">The wire type.</param>
/// <param name="Node">The node with its inputs resolved (a copy).</param>
/// <param name="EventNode">The node as events show it (iterate/collect with <c>collection: []</c>).</param>
internal sealed record PreparedInvocation(string PreparedId, string SourceId, string Type, JsonObject Node, JsonObject EventNode);
