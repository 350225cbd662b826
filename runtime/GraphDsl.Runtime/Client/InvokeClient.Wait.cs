using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Client.Http;
using GraphDsl.Client.Waiting;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    /// <summary>Waits until a queue item is completed, failed or canceled, and returns it as the server stores it.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the item is canceled on the server too.</param>
    /// <returns>The final item (<c>GET i/{id}</c>); this method does not throw for a failed or canceled item.</returns>
    /// <remarks>
    /// Listens on the socket for the item's <c>queue_item_status_changed</c> (highest <c>status_sequence</c>) and bulk
    /// cancels, re-reading the item on every reconnect; polls with backoff while the socket is unavailable.
    /// </remarks>
    /// <exception cref="InvokeException">404: the item was deleted.</exception>
    /// <exception cref="OperationCanceledException">The token was canceled.</exception>
    public Task<InvokeQueueItem> WaitAsync(long itemId, CancellationToken cancellationToken = default) =>
        WaitAsync(itemId, null, cancellationToken);

    /// <summary>Waits until a queue item is completed, failed or canceled, reporting progress.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="progress">Receives status changes and node progress (node events need the socket).</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the item is canceled on the server too.</param>
    /// <returns>The final item.</returns>
    public async Task<InvokeQueueItem> WaitAsync(long itemId, IProgress<InvokeProgress>? progress, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        try
        {
            return await WaitCoreAsync(itemId, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && _options.CancelOnAbandon)
        {
            await AbandonAsync(() => CancelItemAsync(itemId, CancellationToken.None), itemId).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Enqueues <paramref name="graph"/>, waits for its item and returns its results.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the item is canceled on the server too.</param>
    /// <exception cref="QueueItemFailedException">The item failed; names the failing node.</exception>
    /// <exception cref="QueueItemCanceledException">The item was canceled (or interrupted by a server restart).</exception>
    /// <exception cref="InvokeValidationException">The server rejected the graph (422).</exception>
    public Task<GraphRun> RunAsync(Graph graph, CancellationToken cancellationToken = default) =>
        RunAsync(graph, null, cancellationToken);

    /// <summary>Enqueues <paramref name="graph"/>, waits for its item reporting progress, and returns its results.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="progress">Receives status changes and node progress.</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the item is canceled on the server too.</param>
    /// <returns>The completed run.</returns>
    public async Task<GraphRun> RunAsync(Graph graph, IProgress<InvokeProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var runs = await RunAsync(new Batch(graph), progress, cancellationToken).ConfigureAwait(false);
        return runs.Count == 1 ? runs[0] : throw new InvokeException($"The server enqueued {runs.Count} items for one graph.");
    }

    /// <summary>Enqueues <paramref name="batch"/>, waits for every item and returns their results in permutation order (ascending item id).</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the batch is canceled on the server too.</param>
    /// <remarks>Every item is awaited; then the first failed or canceled one (in item order) is thrown.</remarks>
    /// <exception cref="QueueItemFailedException">An item failed.</exception>
    /// <exception cref="QueueItemCanceledException">An item was canceled.</exception>
    /// <exception cref="InvokeValidationException">The server rejected the batch (422).</exception>
    public Task<BatchRun> RunAsync(Batch batch, CancellationToken cancellationToken = default) =>
        RunAsync(batch, null, cancellationToken);

    /// <summary>Enqueues <paramref name="batch"/>, waits for every item reporting progress, and returns their results in item order.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="progress">Receives status changes and node progress of every item.</param>
    /// <param name="cancellationToken">Stops waiting; with <see cref="InvokeClientOptions.CancelOnAbandon"/> the batch is canceled on the server too.</param>
    /// <returns>The completed runs.</returns>
    public async Task<BatchRun> RunAsync(Batch batch, IProgress<InvokeProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();
        if (_events is not null)
        {
            await _http.GetTokenAsync(cancellationToken).ConfigureAwait(false); // a refused login fails here, not in the socket
            await _events.ConnectAsync(cancellationToken).ConfigureAwait(false); // listen before the items exist
        }
        var enqueued = await EnqueueAsync(batch, cancellationToken).ConfigureAwait(false);
        InvokeQueueItem[] items;
        try
        {
            items = await Task.WhenAll(enqueued.ItemIds.Select(id => WaitCoreAsync(id, progress, cancellationToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && _options.CancelOnAbandon)
        {
            await AbandonAsync(() => CancelBatchAsync(enqueued.BatchId, CancellationToken.None), enqueued.ItemIds.FirstOrDefault()).ConfigureAwait(false);
            throw;
        }
        foreach (var item in items)
        {
            if (item.Status == InvokeQueueItemStatus.Failed)
                throw new QueueItemFailedException(item);
            if (item.Status == InvokeQueueItemStatus.Canceled)
                throw new QueueItemCanceledException(item);
        }
        return new BatchRun(enqueued, items.Select(i => new GraphRun(i)).ToList());
    }

    private async Task AbandonAsync(Func<Task> cancel, long itemId)
    {
        ClientLog.CancelingAbandoned(_logger, itemId);
        try
        {
            await cancel().ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvokeException or OperationCanceledException or ObjectDisposedException)
        {
            ClientLog.CancelFailed(_logger, e, itemId);
        }
    }

    private async Task<InvokeQueueItem> WaitCoreAsync(long itemId, IProgress<InvokeProgress>? progress, CancellationToken cancellationToken)
    {
        using var events = _events?.Subscribe(itemId);
        var delay = _options.PollingInterval;
        var lastStatus = InvokeQueueItemStatus.Unknown;
        long lastSequence = long.MinValue;
        while (true)
        {
            var item = await GetItemAsync(itemId, cancellationToken).ConfigureAwait(false);
            if (item.Status != lastStatus && (item.StatusSequence ?? long.MaxValue) >= lastSequence)
            {
                lastStatus = item.Status;
                lastSequence = item.StatusSequence ?? lastSequence;
                ClientLog.ItemStatus(_logger, itemId, item.Status);
                progress?.Report(new InvokeProgress(InvokeProgressKind.StatusChanged, itemId, item.Status));
            }
            if (item.IsTerminal)
                return item;

            // Wait for a reason to read the item again.
            while (true)
            {
                var live = events?.IsLive == true;
                var wait = live ? _options.SocketReconcileInterval : delay;
                delay = live ? _options.PollingInterval : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxPollingInterval.Ticks));
                var signal = await NextSignalAsync(events, wait, cancellationToken).ConfigureAwait(false);
                if (signal is null)
                    break; // poll
                if (signal.Kind == ItemSignalKind.Node)
                {
                    if (signal.Progress is { } p)
                        progress?.Report(p with { Status = lastStatus });
                    continue;
                }
                if (signal.Kind == ItemSignalKind.Status)
                {
                    if (signal.StatusSequence is { } seq)
                    {
                        if (seq <= lastSequence)
                            continue; // stale, out of order
                        lastSequence = seq;
                    }
                    if (signal.Status != lastStatus)
                    {
                        lastStatus = signal.Status;
                        progress?.Report(new InvokeProgress(InvokeProgressKind.StatusChanged, itemId, signal.Status));
                    }
                    if (!signal.Status.IsTerminal())
                        continue;
                }
                break; // terminal, bulk cancel, (re)connect or disconnect: read the item
            }
        }
    }

    private static async Task<ItemSignal?> NextSignalAsync(IItemEvents? events, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (events is null)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            return null;
        }
        if (events.Signals.TryRead(out var ready))
            return ready;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            return await events.Signals.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }
}
