using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;

namespace GraphDsl.Emulator.Queue;

/// <summary>One row of the session queue. Mutated only under <see cref="SessionQueue"/>'s lock.</summary>
internal sealed class QueueItem
{
    public QueueItem(long itemId, string queueId, int priority, string batchId, string? origin, string? destination, string userId, JsonArray fieldValues, ExecutionSession session, JsonObject? workflow, string createdAt)
    {
        ItemId = itemId;
        QueueId = queueId;
        Priority = priority;
        BatchId = batchId;
        Origin = origin;
        Destination = destination;
        UserId = userId;
        FieldValues = fieldValues;
        _session = session;
        SessionId = session.Id;
        Workflow = workflow;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public long ItemId { get; }
    public string QueueId { get; }
    public int Priority { get; }
    public string BatchId { get; }
    public string? Origin { get; }
    public string? Destination { get; }
    public string UserId { get; }
    public JsonArray FieldValues { get; }
    private ExecutionSession? _session;
    private byte[]? _finishedSession;

    /// <summary>The session's id (<c>session_id</c>).</summary>
    public string SessionId { get; }

    /// <summary>The live session, until the item is finished (see <see cref="Finish"/>).</summary>
    public ExecutionSession Session => _session ?? throw new InvalidOperationException($"Queue item {ItemId} is finished; its session is kept as JSON only.");
    public JsonObject? Workflow { get; }
    public string CreatedAt { get; }

    public string Status { get; set; } = QueueItemStatus.Pending;
    public int StatusSequence { get; set; }
    public string UpdatedAt { get; set; }
    public string? StartedAt { get; set; }
    public string? CompletedAt { get; set; }
    public string? ErrorType { get; set; }
    public string? ErrorMessage { get; set; }
    public string? ErrorTraceback { get; set; }

    /// <summary>The user's display name and e-mail, multi-user mode only.</summary>
    public string? UserDisplayName { get; init; }

    /// <inheritdoc cref="UserDisplayName"/>
    public string? UserEmail { get; init; }

    /// <summary>The device an item ran on, once started.</summary>
    public string? Device { get; set; }

    /// <summary>
    /// Keeps a finished item's session as compact UTF-8 JSON and lets the live one go: a long run keeps every item,
    /// as the server does, and a finished session's objects are many times its JSON.
    /// </summary>
    public void Finish()
    {
        if (_session is { } session)
        {
            _finishedSession = JsonSerializer.SerializeToUtf8Bytes(session.ToJson());
            _session = null;
        }
    }

    /// <summary>
    /// The <c>SessionQueueItem</c> JSON. <paramref name="excludeNone"/>: drop null fields (what <c>GET /i/{id}</c> sends).
    /// <paramref name="redactedSession"/>: give the copy a non-owner sees in multi-user mode, with this session in place
    /// of the item's (session_queue.py:68-117).
    /// </summary>
    public JsonObject ToJson(bool excludeNone, JsonObject? redactedSession = null)
    {
        var redacted = redactedSession is not null;
        var json = new JsonObject();
        void Add(string name, JsonNode? value)
        {
            if (value is not null || !excludeNone)
                json[name] = value;
        }

        Add("item_id", ItemId);
        Add("status", Status);
        Add("status_sequence", StatusSequence);
        Add("priority", redacted ? 0 : Priority);
        Add("batch_id", redacted ? "redacted" : BatchId);
        Add("origin", redacted ? null : Origin);
        Add("destination", redacted ? null : Destination);
        Add("session_id", redacted ? "redacted" : SessionId);
        Add("error_type", redacted ? null : ErrorType);
        Add("error_message", redacted ? null : ErrorMessage);
        Add("error_traceback", redacted ? null : ErrorTraceback);
        Add("created_at", CreatedAt);
        Add("updated_at", UpdatedAt);
        Add("started_at", StartedAt);
        Add("completed_at", CompletedAt);
        Add("queue_id", QueueId);
        Add("user_id", redacted ? "redacted" : UserId);
        Add("user_display_name", redacted ? null : UserDisplayName);
        Add("user_email", redacted ? null : UserEmail);
        Add("field_values", redacted ? null : FieldValues.DeepClone());
        Add("retried_from_item_id", null);
        Add("device", Device);
        Add("workflow_call_id", null);
        Add("parent_item_id", null);
        Add("parent_session_id", null);
        Add("root_item_id", null);
        Add("workflow_call_depth", null);
        Add("session", redactedSession ?? (_finishedSession is { } finished ? JsonNode.Parse(finished) : Session.ToJson()));
        Add("workflow", redacted ? null : Workflow?.DeepClone());
        return json;
    }
}
