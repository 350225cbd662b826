namespace GraphDsl;

/// <summary>A queue item failed: a node raised, or the processor failed around it.</summary>
public sealed class QueueItemFailedException : QueueItemException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="item">The failed item.</param>
    public QueueItemFailedException(InvokeQueueItem item)
        : base(Describe(item), item) { }

    /// <summary>The exception class the server reported (<c>error_type</c>), e.g. <c>RuntimeError</c>.</summary>
    public string? ErrorType => Item.ErrorType;

    /// <summary>The server's message (<c>error_message</c>).</summary>
    public string? ErrorMessage => Item.ErrorMessage;

    /// <summary>The Python traceback (<c>error_traceback</c>).</summary>
    public string? ErrorTraceback => Item.ErrorTraceback;

    /// <summary>
    /// The id of the failing node as written in the graph (mapped from <c>session.errors</c> through
    /// <c>prepared_source_mapping</c>); <see langword="null"/> when the processor failed outside a node.
    /// </summary>
    public string? NodeId => Item.FailedNodeId;

    private static string Describe(InvokeQueueItem item) =>
        $"Queue item {item.ItemId} failed{(item.FailedNodeId is { } node ? $" in node '{node}'" : "")}: {item.ErrorType}: {item.ErrorMessage}";
}
