using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Validation;

namespace GraphDsl.Emulator.Queue;

/// <summary>What an enqueue did: the <c>EnqueueBatchResult</c> and the new items.</summary>
internal sealed record EnqueueOutcome(JsonObject Result, IReadOnlyList<QueueItem> Items, int Enqueued, long Requested, int Priority);

/// <summary>A status write: the item after it, whether anything changed.</summary>
internal sealed record StatusChange(QueueItem Item, bool Changed);

/// <summary>
/// The session queue: InvokeAI's <c>session_queue</c> table in memory (protocol §1, §3). Thread-safe; every read returns
/// JSON built under the lock, so a caller never sees an item half-written.
/// </summary>
internal sealed class SessionQueue(TimeProvider clock, int maxQueueSize)
{
    private readonly object _lock = new();
    private static readonly string[] Statuses = [QueueItemStatus.Pending, QueueItemStatus.InProgress, QueueItemStatus.Waiting, QueueItemStatus.Completed, QueueItemStatus.Failed, QueueItemStatus.Canceled];

    private readonly SortedDictionary<long, QueueItem> _items = new();
    // Kept up to date on every write, so nothing below scans the whole queue: pending items in dequeue order, the
    // items of each batch, and the count per queue and status.
    private readonly SortedSet<(int NegativePriority, long ItemId)> _pending = new();
    private readonly Dictionary<string, List<QueueItem>> _batches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _pendingSignal = new(0);
    private long _lastItemId;
    private QueueItem? _current;

    /// <summary>
    /// Enqueues a validated batch (protocol §1: priority, truncation at <c>max_queue_size</c>, newest-first ids). The
    /// items run only after <see cref="Release"/>.
    /// </summary>
    public EnqueueOutcome Enqueue(string queueId, ValidatedBatch batch, EmulatorUser user, Func<JsonObject, ExecutionSession> createSession)
    {
        var requested = BatchExpansion.CountSessions(batch.Data, batch.Runs);
        lock (_lock)
        {
            var pendingCount = Counts(queueId)[0];
            var priority = batch.Prepend ? (pendingCount == 0 ? 0 : _pending.Where(p => _items[p.ItemId].QueueId == queueId).Max(p => -p.NegativePriority)) + 1 : 0;
            var room = Math.Max(0, maxQueueSize - pendingCount);
            var now = SqliteTime.Now(clock);
            var added = new List<QueueItem>();
            foreach (var session in BatchExpansion.Expand(batch.Graph, batch.Data, batch.Runs).Take(room))
            {
                var item = new QueueItem(++_lastItemId, queueId, priority, batch.BatchId, batch.Origin, batch.Destination, user.UserId, session.FieldValues, createSession(session.Graph), batch.Workflow, now)
                {
                    UserDisplayName = user.UserId == EmulatorUser.System.UserId ? null : user.DisplayName,
                    UserEmail = user.UserId == EmulatorUser.System.UserId ? null : user.Email,
                };
                _items.Add(item.ItemId, item);
                _pending.Add((-priority, item.ItemId));
                Counts(queueId)[0]++;
                if (!_batches.TryGetValue(batch.BatchId, out var batchItems))
                    _batches[batch.BatchId] = batchItems = [];
                batchItems.Add(item);
                added.Add(item);
            }
            // Every row with this batch id, newest first (earlier enqueues that reused the id too).
            var itemIds = new JsonArray(BatchItems(batch.BatchId).Select(i => JsonValue.Create(i.ItemId)).Reverse().ToArray<JsonNode?>());
            var result = new JsonObject
            {
                ["queue_id"] = queueId,
                ["enqueued"] = added.Count,
                ["requested"] = requested,
                ["batch"] = batch.ToJson(),
                ["priority"] = priority,
                ["item_ids"] = itemIds,
            };
            return new EnqueueOutcome(result, added, added.Count, requested, priority);
        }
    }

    /// <summary>
    /// Lets the processor take the items of <paramref name="outcome"/>: called after <c>batch_enqueued</c> was sent, so
    /// that event always comes before the items' own.
    /// </summary>
    public void Release(EnqueueOutcome outcome)
    {
        if (outcome.Enqueued > 0)
            _pendingSignal.Release(outcome.Enqueued);
    }

    /// <summary>The processor is done with <paramref name="item"/>'s session: keep it as JSON from now on.</summary>
    public void Finish(QueueItem item)
    {
        lock (_lock)
        {
            item.Finish();
            if (_current == item)
                _current = null;
        }
    }

    /// <summary>The item, whatever its queue, or <see langword="null"/> when unknown.</summary>
    public QueueItem? Find(long itemId)
    {
        lock (_lock)
            return _items.TryGetValue(itemId, out var item) ? item : null;
    }

    /// <summary>Runs <paramref name="read"/> under the queue's lock (for JSON of items another thread may be changing).</summary>
    public T Read<T>(Func<T> read)
    {
        lock (_lock)
            return read();
    }

    /// <summary>Waits until an item may be pending, then takes the next one (priority, then FIFO) and marks it <c>in_progress</c>.</summary>
    public async Task<QueueItem> DequeueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _pendingSignal.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                if (_pending.Count == 0)
                    continue; // canceled meanwhile
                var next = _items[_pending.Min.ItemId];
                Write(next, QueueItemStatus.InProgress);
                next.StartedAt = next.UpdatedAt;
                next.Device = "cpu";
                return next;
            }
        }
    }

    /// <summary>Writes a status unless the item is already terminal (terminal statuses are never overwritten).</summary>
    public StatusChange SetStatus(QueueItem item, string status, string? errorType = null, string? errorMessage = null, string? errorTraceback = null)
    {
        lock (_lock)
        {
            if (QueueItemStatus.IsTerminal(item.Status))
                return new StatusChange(item, false);
            item.ErrorType = errorType;
            item.ErrorMessage = errorMessage;
            item.ErrorTraceback = errorTraceback;
            Write(item, status);
            return new StatusChange(item, true);
        }
    }

    /// <summary>The pending and in-progress items of <paramref name="batchIds"/> (of <paramref name="user"/> unless admin); pending ones are canceled in bulk.</summary>
    public (IReadOnlyList<QueueItem> CanceledPending, IReadOnlyList<QueueItem> InProgress) CancelByBatchIds(string queueId, IReadOnlyCollection<string> batchIds, EmulatorUser user)
    {
        lock (_lock)
        {
            var mine = batchIds.Distinct().SelectMany(BatchItems).Where(i => i.QueueId == queueId && (user.IsAdmin || i.UserId == user.UserId)).ToList();
            var pending = mine.Where(i => i.Status is QueueItemStatus.Pending or QueueItemStatus.Waiting).ToList();
            foreach (var item in pending)
                Write(item, QueueItemStatus.Canceled);
            return (pending, mine.Where(i => i.Status == QueueItemStatus.InProgress).ToList());
        }
    }

    /// <summary>At a restart: every <c>in_progress</c>/<c>waiting</c> item becomes <c>canceled</c> (session_queue_sqlite.py:154-190).</summary>
    public void CancelUnfinishedForRestart()
    {
        lock (_lock)
        {
            var unfinished = _items.Values.Where(i => i.Status is QueueItemStatus.InProgress or QueueItemStatus.Waiting).ToList(); // once per restart
            foreach (var item in unfinished)
                Write(item, QueueItemStatus.Canceled);
        }
    }

    /// <summary><c>BatchStatus</c>: counts of the batch's items (the user's own unless admin); an unknown batch is all zeros.</summary>
    public JsonObject BatchStatus(string queueId, string batchId, EmulatorUser? user)
    {
        lock (_lock)
        {
            var items = BatchItems(batchId).Where(i => i.QueueId == queueId && (user is null || user.IsAdmin || i.UserId == user.UserId)).ToList();
            var json = new JsonObject
            {
                ["queue_id"] = queueId,
                ["batch_id"] = batchId,
                ["origin"] = items.FirstOrDefault()?.Origin,
                ["destination"] = items.FirstOrDefault()?.Destination,
            };
            foreach (var status in Statuses)
                json[status] = items.Count(i => i.Status == status);
            json["total"] = items.Count;
            return json;
        }
    }

    /// <summary><c>SessionQueueStatus</c>: counts of the queue, and the current item's ids.</summary>
    public JsonObject QueueStatus(string queueId, EmulatorUser? user)
    {
        lock (_lock)
        {
            var current = _current is { } c && c.QueueId == queueId && c.Status == QueueItemStatus.InProgress ? c : null;
            var json = new JsonObject
            {
                ["queue_id"] = queueId,
                ["item_id"] = current?.ItemId,
                ["batch_id"] = current?.BatchId,
                ["session_id"] = current?.SessionId,
            };
            var counts = Counts(queueId);
            for (var s = 0; s < Statuses.Length; s++)
                json[Statuses[s]] = counts[s];
            json["total"] = counts.Sum();
            return json;
        }
    }

    private IEnumerable<QueueItem> BatchItems(string batchId) => _batches.TryGetValue(batchId, out var items) ? items : [];

    private int[] Counts(string queueId)
    {
        if (!_counts.TryGetValue(queueId, out var counts))
            _counts[queueId] = counts = new int[Statuses.Length];
        return counts;
    }

    private void Write(QueueItem item, string status)
    {
        var counts = Counts(item.QueueId);
        counts[Array.IndexOf(Statuses, item.Status)]--;
        counts[Array.IndexOf(Statuses, status)]++;
        if (item.Status == QueueItemStatus.Pending)
            _pending.Remove((-item.Priority, item.ItemId));
        if (status == QueueItemStatus.InProgress)
            _current = item;
        item.Status = status;
        item.StatusSequence++;
        item.UpdatedAt = SqliteTime.Now(clock);
        if (QueueItemStatus.IsTerminal(status))
        {
            item.CompletedAt = item.UpdatedAt;
            // A running item's session is the processor's until its run ends (see Finish).
            if (item != _current)
                item.Finish();
        }
    }
}
