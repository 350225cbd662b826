using System;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Queue;
using GraphDsl.Emulator.Schema;
using GraphDsl.Emulator.Validation;

namespace GraphDsl.Emulator.Api;

/// <summary>What the queue routes work with; one per emulator instance.</summary>
internal sealed class EmulatorServices(InvokeSchema schema, AuthService auth, EnqueueValidator validator, SessionQueue queue, QueueEvents events, QueueProcessor processor)
{
    public AuthService Auth { get; } = auth;
    public EnqueueValidator Validator { get; } = validator;
    public SessionQueue Queue { get; } = queue;
    public QueueEvents Events { get; } = events;
    public QueueProcessor Processor { get; } = processor;

    /// <summary>A new session (fresh id) for one expanded graph of a batch.</summary>
    public ExecutionSession CreateSession(JsonObject graph) => ExecutionSession.Create(graph, schema);

    /// <summary>What a non-owner sees of a session: <c>GraphExecutionState(id="redacted", graph=Graph())</c>.</summary>
    public JsonObject RedactedSession()
    {
        var empty = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["nodes"] = new JsonObject(), ["edges"] = new JsonArray() };
        var session = CreateSession(empty).ToJson();
        session["id"] = "redacted";
        return session;
    }
}
