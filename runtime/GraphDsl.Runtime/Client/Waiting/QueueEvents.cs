using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace GraphDsl.Client.Waiting;

/// <summary>What a waiter hears about one queue item.</summary>
internal enum ItemSignalKind
{
    /// <summary><c>queue_item_status_changed</c> for the item.</summary>
    Status,

    /// <summary><c>queue_items_canceled</c> or <c>queue_cleared</c> naming the item: terminal, read it.</summary>
    BulkCanceled,

    /// <summary>A node event (<see cref="ItemSignal.Progress"/>).</summary>
    Node,

    /// <summary>The socket (re)connected: events may have been missed, read the item.</summary>
    Connected,

    /// <summary>The socket dropped: read the item and poll until it is back.</summary>
    Disconnected,
}

/// <summary>One signal for a waiter.</summary>
internal sealed record ItemSignal(ItemSignalKind Kind, InvokeQueueItemStatus Status = InvokeQueueItemStatus.Unknown, long? StatusSequence = null, InvokeProgress? Progress = null);

/// <summary>The events of one item, while a waiter listens.</summary>
internal interface IItemEvents : IDisposable
{
    /// <summary>The signals, in arrival order.</summary>
    ChannelReader<ItemSignal> Signals { get; }

    /// <summary>Whether the socket is connected now (events can be trusted to arrive).</summary>
    bool IsLive { get; }
}

/// <summary>The server's queue events, shared by every waiter of a client.</summary>
internal interface IQueueEvents : IAsyncDisposable
{
    /// <summary>Starts listening for <paramref name="itemId"/>; <see langword="null"/> when events are unavailable.</summary>
    IItemEvents? Subscribe(long itemId);

    /// <summary>Starts the connection if needed and waits until its first attempt ends (accepted or failed); never throws for a failed connect.</summary>
    Task ConnectAsync(CancellationToken cancellationToken);
}
