namespace GraphDsl;

/// <summary>A queue item was canceled (by a user, a bulk cancel, or a server restart while it ran).</summary>
public sealed class QueueItemCanceledException : QueueItemException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="item">The canceled item.</param>
    public QueueItemCanceledException(InvokeQueueItem item)
        : base($"Queue item {item?.ItemId} was canceled.", item!) { }
}
