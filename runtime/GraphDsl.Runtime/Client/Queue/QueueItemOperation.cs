using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl;

/// <summary>
/// A queue item as a long-running operation (Azure SDK style): await it (<see cref="WaitForCompletionAsync(CancellationToken)"/>),
/// poll it (<see cref="UpdateStatusAsync"/>), inspect it (<see cref="HasCompleted"/>, <see cref="Value"/>), or resume it
/// later from its <see cref="ItemId"/> (<see cref="InvokeClient.GetOperation"/>).
/// </summary>
public sealed class QueueItemOperation
{
    private readonly InvokeClient _client;

    internal QueueItemOperation(InvokeClient client, long itemId)
    {
        _client = client;
        ItemId = itemId;
    }

    /// <summary>The queue item's id: keep it to resume the operation.</summary>
    public long ItemId { get; }

    /// <summary>The item as last read; <see langword="null"/> before the first read.</summary>
    public InvokeQueueItem? Current { get; private set; }

    /// <summary>Whether the item has reached a final status (completed, failed or canceled), as last read.</summary>
    public bool HasCompleted => Current?.IsTerminal == true;

    /// <summary>The results of the completed item.</summary>
    /// <exception cref="InvalidOperationException">The item has not finished, as last read.</exception>
    /// <exception cref="QueueItemFailedException">The item failed.</exception>
    /// <exception cref="QueueItemCanceledException">The item was canceled.</exception>
    public GraphRun Value => Current switch
    {
        null or { IsTerminal: false } => throw new InvalidOperationException($"Queue item {ItemId} has not finished; await WaitForCompletionAsync."),
        { Status: InvokeQueueItemStatus.Failed } failed => throw new QueueItemFailedException(failed),
        { Status: InvokeQueueItemStatus.Canceled } canceled => throw new QueueItemCanceledException(canceled),
        var done => new GraphRun(done),
    };

    /// <summary>Reads the item once (<c>GET i/{id}</c>).</summary>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The item.</returns>
    public async Task<InvokeQueueItem> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        Current = await _client.GetItemAsync(ItemId, cancellationToken).ConfigureAwait(false);
        return Current;
    }

    /// <summary>Waits for the item to finish and returns its results.</summary>
    /// <param name="cancellationToken">Stops waiting (and cancels the item when <see cref="InvokeClientOptions.CancelOnAbandon"/>).</param>
    /// <returns>The results.</returns>
    /// <exception cref="QueueItemFailedException">The item failed.</exception>
    /// <exception cref="QueueItemCanceledException">The item was canceled.</exception>
    public Task<GraphRun> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
        WaitForCompletionAsync(null, cancellationToken);

    /// <summary>Waits for the item to finish, reporting progress, and returns its results.</summary>
    /// <param name="progress">Receives status changes and node progress.</param>
    /// <param name="cancellationToken">Stops waiting (and cancels the item when <see cref="InvokeClientOptions.CancelOnAbandon"/>).</param>
    /// <returns>The results.</returns>
    public async Task<GraphRun> WaitForCompletionAsync(IProgress<InvokeProgress>? progress, CancellationToken cancellationToken = default)
    {
        Current = await _client.WaitAsync(ItemId, progress, cancellationToken).ConfigureAwait(false);
        return Value;
    }
}
