using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    /// <summary>An operation for an existing queue item, e.g. one enqueued earlier or by another process.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <returns>The operation; nothing is read until it is polled or awaited.</returns>
    public QueueItemOperation GetOperation(long itemId)
    {
        ThrowIfDisposed();
        return new QueueItemOperation(this, itemId);
    }

    /// <summary>Enqueues <paramref name="graph"/> and returns its queue item as an operation, without waiting.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Stops the enqueue.</param>
    /// <returns>The operation of the new item.</returns>
    /// <exception cref="InvokeValidationException">The server rejected the graph (422).</exception>
    public async Task<QueueItemOperation> StartAsync(Graph graph, CancellationToken cancellationToken = default)
    {
        var result = await EnqueueAsync(graph, cancellationToken).ConfigureAwait(false);
        if (result.ItemIds.Count != 1)
            throw new InvokeException($"The server enqueued {result.ItemIds.Count} items for one graph.");
        return new QueueItemOperation(this, result.ItemIds[0]);
    }
}
