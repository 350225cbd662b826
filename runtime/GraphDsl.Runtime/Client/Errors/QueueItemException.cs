namespace GraphDsl;

/// <summary>A queue item ended without completing.</summary>
public abstract class QueueItemException : InvokeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="item">The item, as the server last reported it.</param>
    protected QueueItemException(string message, InvokeQueueItem item)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(item);
        Item = item;
    }

    /// <summary>The item, as the server last reported it (<c>GET /i/{id}</c>).</summary>
    public InvokeQueueItem Item { get; }

    /// <summary>The item's id.</summary>
    public long ItemId => Item.ItemId;
}
