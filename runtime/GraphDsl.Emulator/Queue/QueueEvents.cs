using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Sockets;

namespace GraphDsl.Emulator.Queue;

/// <summary>
/// The queue's socket.io events, routed as InvokeAI routes them (sockets.py:801-1079): full events to the owner's and
/// the admin room, sanitized companions to the rest of the queue room, progress to the owner only.
/// </summary>
internal sealed class QueueEvents(SocketIoServer sockets, SessionQueue queue, TimeProvider clock)
{
    private const string AdminRoom = "admin";

    /// <summary><c>queue_item_status_changed</c> for the item's current status.</summary>
    public async ValueTask StatusChangedAsync(QueueItem item, CancellationToken cancellationToken)
    {
        var (full, sanitized) = queue.Read(() =>
        {
            var payload = new JsonObject
            {
                ["timestamp"] = Timestamp(),
                ["queue_id"] = item.QueueId,
                ["item_id"] = item.ItemId,
                ["batch_id"] = item.BatchId,
                ["origin"] = item.Origin,
                ["destination"] = item.Destination,
                ["user_id"] = item.UserId,
                ["status"] = item.Status,
                ["status_sequence"] = item.StatusSequence,
                ["error_type"] = item.ErrorType,
                ["error_message"] = item.ErrorMessage,
                ["error_traceback"] = item.ErrorTraceback,
                ["created_at"] = item.CreatedAt,
                ["updated_at"] = item.UpdatedAt,
                ["started_at"] = item.StartedAt,
                ["completed_at"] = item.CompletedAt,
                ["batch_status"] = queue.BatchStatus(item.QueueId, item.BatchId, null),
                ["queue_status"] = queue.QueueStatus(item.QueueId, null),
                ["session_id"] = item.SessionId,
            };
            var copy = (JsonObject)payload.DeepClone();
            foreach (var name in new[] { "user_id", "batch_id", "session_id" })
                copy[name] = "redacted";
            foreach (var name in new[] { "origin", "destination", "error_type", "error_message", "error_traceback" })
                copy[name] = null;
            copy["batch_status"]!["batch_id"] = "redacted";
            copy["batch_status"]!["origin"] = null;
            copy["batch_status"]!["destination"] = null;
            foreach (var name in new[] { "item_id", "session_id", "batch_id", "user_pending", "user_in_progress" })
                copy["queue_status"]![name] = null;
            return (payload, copy);
        });
        await EmitPrivateWithCompanionAsync("queue_item_status_changed", full, sanitized, item.QueueId, item.UserId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>batch_enqueued</c> after an enqueue.</summary>
    public ValueTask BatchEnqueuedAsync(string queueId, string batchId, string? origin, string userId, int enqueued, long requested, int priority, CancellationToken cancellationToken)
    {
        var full = new JsonObject
        {
            ["timestamp"] = Timestamp(),
            ["queue_id"] = queueId,
            ["batch_id"] = batchId,
            ["enqueued"] = enqueued,
            ["requested"] = requested,
            ["priority"] = priority,
            ["origin"] = origin,
            ["user_id"] = userId,
        };
        var sanitized = (JsonObject)full.DeepClone();
        sanitized["user_id"] = "redacted";
        sanitized["batch_id"] = "redacted";
        sanitized["origin"] = null;
        return EmitPrivateWithCompanionAsync("batch_enqueued", full, sanitized, queueId, userId, cancellationToken);
    }

    /// <summary><c>queue_items_canceled</c> for a bulk cancel: each owner their ids, admins all, the rest none.</summary>
    public async ValueTask ItemsCanceledAsync(string queueId, IReadOnlyList<QueueItem> items, CancellationToken cancellationToken)
    {
        var byUser = items.GroupBy(i => i.UserId).ToDictionary(g => g.Key, g => g.Select(i => i.ItemId).ToList(), StringComparer.Ordinal);
        JsonObject Payload(IEnumerable<long> ids, IEnumerable<string> users, IEnumerable<KeyValuePair<string, List<long>>> grouped) => new()
        {
            ["timestamp"] = Timestamp(),
            ["queue_id"] = queueId,
            ["canceled_item_ids"] = new JsonArray(ids.Select(id => (JsonNode?)id).ToArray()),
            ["user_ids"] = new JsonArray(users.Select(u => (JsonNode?)u).ToArray()),
            ["canceled_item_ids_by_user"] = new JsonObject(grouped.Select(g => KeyValuePair.Create(g.Key, (JsonNode?)new JsonArray(g.Value.Select(id => (JsonNode?)id).ToArray())))),
        };
        foreach (var (user, ids) in byUser)
            await sockets.EmitAsync("queue_items_canceled", Payload(ids, [user], [KeyValuePair.Create(user, ids)]), [UserRoom(user)], [AdminRoom], cancellationToken).ConfigureAwait(false);
        await sockets.EmitAsync("queue_items_canceled", Payload(items.Select(i => i.ItemId), byUser.Keys, byUser), [AdminRoom], null, cancellationToken).ConfigureAwait(false);
        await sockets.EmitAsync("queue_items_canceled", Payload([], [], []), [queueId], [.. byUser.Keys.Select(UserRoom), AdminRoom], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The observer that turns a running item's node events into <c>invocation_*</c> events.</summary>
    public InvocationEvents For(QueueItem item) => new(this, item);

    /// <summary>An <c>invocation_*</c> event of <paramref name="item"/>: to the owner and admins, or the owner only (progress).</summary>
    internal ValueTask InvocationAsync(string eventName, QueueItem item, ExecutionNode node, Action<JsonObject>? extra, bool ownerOnly, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["timestamp"] = Timestamp(),
            ["queue_id"] = item.QueueId,
            ["item_id"] = item.ItemId,
            ["batch_id"] = item.BatchId,
            ["origin"] = item.Origin,
            ["destination"] = item.Destination,
            ["user_id"] = item.UserId,
            ["session_id"] = item.SessionId,
            ["invocation"] = node.Invocation.DeepClone(),
            ["invocation_source_id"] = node.SourceId,
        };
        extra?.Invoke(payload);
        return sockets.EmitAsync(eventName, payload, ownerOnly ? [UserRoom(item.UserId)] : [UserRoom(item.UserId), AdminRoom], null, cancellationToken);
    }

    private async ValueTask EmitPrivateWithCompanionAsync(string eventName, JsonObject full, JsonObject sanitized, string queueId, string userId, CancellationToken cancellationToken)
    {
        string[] privateRooms = [UserRoom(userId), AdminRoom];
        await sockets.EmitAsync(eventName, full, privateRooms, null, cancellationToken).ConfigureAwait(false);
        await sockets.EmitAsync(eventName, sanitized, [queueId], privateRooms, cancellationToken).ConfigureAwait(false);
    }

    private static string UserRoom(string userId) => "user:" + userId;

    private long Timestamp() => clock.GetUtcNow().ToUnixTimeSeconds();
}

/// <summary>A running item's node events as <c>invocation_started/progress/complete/error</c>.</summary>
internal sealed class InvocationEvents(QueueEvents events, QueueItem item) : IExecutionObserver
{
    /// <inheritdoc/>
    public ValueTask InvocationStartedAsync(ExecutionNode node, CancellationToken cancellationToken) =>
        events.InvocationAsync("invocation_started", item, node, null, ownerOnly: false, cancellationToken);

    /// <inheritdoc/>
    public ValueTask InvocationProgressAsync(ExecutionNode node, string message, double? percentage, ProgressImage? image, CancellationToken cancellationToken) =>
        events.InvocationAsync("invocation_progress", item, node, payload =>
        {
            payload["message"] = message;
            payload["percentage"] = percentage;
            payload["image"] = image is null ? null : new JsonObject { ["width"] = image.Width, ["height"] = image.Height, ["dataURL"] = image.DataUrl };
            payload["device"] = item.Device;
        }, ownerOnly: true, cancellationToken);

    /// <inheritdoc/>
    public ValueTask InvocationCompleteAsync(ExecutionNode node, JsonObject result, CancellationToken cancellationToken) =>
        events.InvocationAsync("invocation_complete", item, node, payload => payload["result"] = result.DeepClone(), ownerOnly: false, cancellationToken);

    /// <inheritdoc/>
    public ValueTask InvocationErrorAsync(ExecutionNode node, string errorType, string errorMessage, string errorTraceback, CancellationToken cancellationToken) =>
        events.InvocationAsync("invocation_error", item, node, payload =>
        {
            payload["error_type"] = errorType;
            payload["error_message"] = errorMessage;
            payload["error_traceback"] = errorTraceback;
        }, ownerOnly: false, cancellationToken);
}
