using System;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Faults;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Queue;

/// <summary>
/// The session processor: takes pending items one at a time (priority, then FIFO), runs them, writes their statuses
/// and sends their events in the server's order (protocol §3, §4).
/// </summary>
internal sealed class QueueProcessor(SessionQueue queue, QueueEvents events, SessionRunner runner, ILogger logger) : IAsyncDisposable
{
    private readonly object _lock = new();
    private CancellationTokenSource? _stopping;
    private Task? _loop;
    private (long ItemId, CancellationTokenSource Cancel)? _running;

    /// <summary>Whether an item is running.</summary>
    public bool IsProcessing
    {
        get
        {
            lock (_lock)
                return _running is not null;
        }
    }

    /// <summary>Starts taking items.</summary>
    public void Start()
    {
        lock (_lock)
        {
            if (_loop is not null)
                return;
            _stopping = new CancellationTokenSource();
            var token = _stopping.Token;
            _loop = Task.Run(() => RunLoopAsync(token));
        }
    }

    /// <summary>Stops taking items; the running one is canceled (its status is left to the caller, as at a server stop).</summary>
    public async Task StopAsync()
    {
        Task? loop;
        lock (_lock)
        {
            loop = _loop;
            _stopping?.Cancel();
            _loop = null;
        }
        if (loop is not null)
            await loop.ConfigureAwait(false);
        lock (_lock)
        {
            _stopping?.Dispose();
            _stopping = null;
        }
    }

    /// <summary>Stops the run of <paramref name="itemId"/> if it is the running item (its status was already written).</summary>
    public void CancelRunning(long itemId)
    {
        lock (_lock)
        {
            if (_running is { } running && running.ItemId == itemId)
                running.Cancel.Cancel();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task RunLoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            QueueItem item;
            try
            {
                item = await queue.DequeueAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await RunItemAsync(item, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A defect of the emulator: fail the item like the server's processor-level errors (no invocation_error).
                logger.LogError(ex, "Queue item {ItemId} failed in the emulator itself", item.ItemId);
                if (queue.SetStatus(item, QueueItemStatus.Failed, ex.GetType().Name, ex.Message, ex.ToString()).Changed)
                    await events.StatusChangedAsync(item, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RunItemAsync(QueueItem item, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        lock (_lock)
            _running = (item.ItemId, cancel);
        try
        {
            await events.StatusChangedAsync(item, stopping).ConfigureAwait(false);
            var context = new SessionRunContext(item.QueueId, checked((int)item.ItemId), item.BatchId, item.SessionId, item.UserId);
            var outcome = await runner.RunAsync(item.Session, context, events.For(item), cancel.Token).ConfigureAwait(false);
            stopping.ThrowIfCancellationRequested();
            var change = outcome.Status switch
            {
                SessionStatus.Completed => queue.SetStatus(item, QueueItemStatus.Completed),
                SessionStatus.Failed => queue.SetStatus(item, QueueItemStatus.Failed, outcome.ErrorType, outcome.ErrorMessage, outcome.ErrorTraceback),
                _ => queue.SetStatus(item, QueueItemStatus.Canceled),
            };
            if (change.Changed)
                await events.StatusChangedAsync(item, stopping).ConfigureAwait(false);
            // The server sends invocation_error after the failed status (session_processor_default.py:473-524).
            if (change.Changed && outcome is { Status: SessionStatus.Failed, FailedNode: { } node })
                await events.For(item).InvocationErrorAsync(node, outcome.ErrorType!, outcome.ErrorMessage!, outcome.ErrorTraceback!, stopping).ConfigureAwait(false);
        }
        finally
        {
            lock (_lock)
                _running = null;
            queue.Finish(item);
        }
    }
}
