using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>An in-memory image store for execution tests.</summary>
internal sealed class FakeImageStore : IImageStore
{
    private readonly ConcurrentDictionary<string, (ImageRecord Record, byte[] Png)> _images = new();

    public IReadOnlyCollection<ImageRecord> Records => _images.Values.Select(v => v.Record).ToList();

    public ImageRecord Add(byte[] png, int width, int height, string origin, string category, bool isIntermediate, string? sessionId, string? nodeId, string? boardId, string userId)
    {
        var record = new ImageRecord(Guid.NewGuid() + ".png", width, height, origin, category, isIntermediate, sessionId, nodeId, boardId, userId, "2026-01-01 00:00:00.000");
        _images[record.ImageName] = (record, png);
        return record;
    }

    /// <summary>Stores an image under a given name (the inputs of captured graphs).</summary>
    public void AddNamed(string imageName, byte[] png, int width, int height) =>
        _images[imageName] = (new ImageRecord(imageName, width, height, "external", "general", false, null, null, null, "system", "2026-01-01 00:00:00.000"), png);

    public ImageRecord? Find(string imageName) => _images.TryGetValue(imageName, out var entry) ? entry.Record : null;

    public byte[]? ReadPng(string imageName) => _images.TryGetValue(imageName, out var entry) ? entry.Png : null;
}

/// <summary>Records what a session reports, in order.</summary>
internal sealed class RecordingObserver : IExecutionObserver
{
    public List<(string Kind, ExecutionNode Node, string? Message, double? Percentage, ProgressImage? Image, JsonObject? Result)> Events { get; } = [];

    public Func<ExecutionNode, CancellationToken, ValueTask>? OnComplete { get; set; }

    public ValueTask InvocationStartedAsync(ExecutionNode node, CancellationToken cancellationToken)
    {
        Events.Add(("started", node, null, null, null, null));
        return ValueTask.CompletedTask;
    }

    public ValueTask InvocationProgressAsync(ExecutionNode node, string message, double? percentage, ProgressImage? image, CancellationToken cancellationToken)
    {
        Events.Add(("progress", node, message, percentage, image, null));
        return ValueTask.CompletedTask;
    }

    public async ValueTask InvocationCompleteAsync(ExecutionNode node, JsonObject result, CancellationToken cancellationToken)
    {
        Events.Add(("complete", node, null, null, null, result));
        if (OnComplete is not null)
            await OnComplete(node, cancellationToken);
    }

    public ValueTask InvocationErrorAsync(ExecutionNode node, string errorType, string errorMessage, string errorTraceback, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Runners must not report errors.");
}

/// <summary>Builds graphs <c>{id, nodes, edges}</c> for tests.</summary>
internal sealed class TestGraph
{
    private readonly JsonObject _nodes = [];
    private readonly JsonArray _edges = [];

    public TestGraph Node(string id, string type, object? inputs = null)
    {
        var node = new JsonObject { ["id"] = id, ["type"] = type, ["is_intermediate"] = true, ["use_cache"] = true };
        if (inputs is not null)
        {
            foreach (var (key, value) in (JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(inputs)!)
                node[key] = value?.DeepClone();
        }
        _nodes[id] = node;
        return this;
    }

    public TestGraph Edge(string from, string fromField, string to, string toField)
    {
        _edges.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["node_id"] = from, ["field"] = fromField },
            ["destination"] = new JsonObject { ["node_id"] = to, ["field"] = toField },
        });
        return this;
    }

    public JsonObject Build() => new() { ["id"] = "graph-1", ["nodes"] = _nodes.DeepClone(), ["edges"] = _edges.DeepClone() };
}

/// <summary>The 6.14 schema, loaded once, and a runner over it.</summary>
internal static class ExecutionFixture
{
    private static readonly Lazy<InvokeSchema> LazySchema = new(() => InvokeSchema.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "invokeai-6.14.openapi.json")));

    public static InvokeSchema Schema614 => LazySchema.Value;

    public static SessionRunContext Context(ExecutionSession session) => new("default", 1, "batch-1", session.Id, "system");

    public static async Task<(ExecutionSession Session, SessionOutcome Outcome, RecordingObserver Observer, FakeImageStore Images, JsonObject State)> RunAsync(JsonObject graph, SessionRunnerOptions? options = null, FakeImageStore? images = null)
    {
        var session = ExecutionSession.Create(graph, Schema614);
        var store = images ?? new FakeImageStore();
        var observer = new RecordingObserver();
        var runner = new SessionRunner(Schema614, store, options ?? new SessionRunnerOptions());
        var outcome = await runner.RunAsync(session, Context(session), observer, CancellationToken.None);
        return (session, outcome, observer, store, session.ToJson());
    }

    public static void AssertCompleted(SessionOutcome outcome) =>
        Xunit.Assert.True(outcome.Status == SessionStatus.Completed, $"{outcome.Status}: {outcome.ErrorType}: {outcome.ErrorMessage}");

    /// <summary>The results of <paramref name="sourceId"/>'s copies, by iteration path.</summary>
    public static List<JsonObject> ResultsOf(JsonObject state, string sourceId)
    {
        var prepared = ((JsonArray)state["source_prepared_mapping"]![sourceId]!).Select(p => (string)p!).ToList();
        return prepared
            .Where(p => state["results"]![p] is not null)
            .OrderBy(p => string.Join(",", ((JsonArray)state["prepared_iteration_paths"]![p]!).Select(i => ((int)i!).ToString("D6"))))
            .Select(p => (JsonObject)state["results"]![p]!)
            .ToList();
    }

    public static List<string> PreparedOf(JsonObject state, string sourceId) =>
        ((JsonArray)state["source_prepared_mapping"]![sourceId]!).Select(p => (string)p!).ToList();
}
