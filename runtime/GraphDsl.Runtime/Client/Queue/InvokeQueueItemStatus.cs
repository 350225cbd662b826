namespace GraphDsl;

/// <summary>The status of a queue item (<c>status</c>).</summary>
public enum InvokeQueueItemStatus
{
    /// <summary>A status this client does not know.</summary>
    Unknown,

    /// <summary><c>pending</c>: waiting to run.</summary>
    Pending,

    /// <summary><c>in_progress</c>: running.</summary>
    InProgress,

    /// <summary><c>waiting</c>: suspended on a child workflow (6.14).</summary>
    Waiting,

    /// <summary><c>completed</c>: finished; the results are in the session.</summary>
    Completed,

    /// <summary><c>failed</c>: a node or the processor failed.</summary>
    Failed,

    /// <summary><c>canceled</c>: canceled, or interrupted by a server restart.</summary>
    Canceled,
}

/// <summary>Conversions of <see cref="InvokeQueueItemStatus"/>.</summary>
public static class InvokeQueueItemStatusExtensions
{
    /// <summary>Whether the status is final (completed, failed or canceled): the server never changes it again.</summary>
    /// <param name="status">The status.</param>
    public static bool IsTerminal(this InvokeQueueItemStatus status) =>
        status is InvokeQueueItemStatus.Completed or InvokeQueueItemStatus.Failed or InvokeQueueItemStatus.Canceled;

    /// <summary>Parses the wire name (<c>in_progress</c>, …); unknown names give <see cref="InvokeQueueItemStatus.Unknown"/>.</summary>
    /// <param name="wire">The wire name.</param>
    public static InvokeQueueItemStatus ParseStatus(string? wire) => wire switch
    {
        "pending" => InvokeQueueItemStatus.Pending,
        "in_progress" => InvokeQueueItemStatus.InProgress,
        "waiting" => InvokeQueueItemStatus.Waiting,
        "completed" => InvokeQueueItemStatus.Completed,
        "failed" => InvokeQueueItemStatus.Failed,
        "canceled" => InvokeQueueItemStatus.Canceled,
        _ => InvokeQueueItemStatus.Unknown,
    };
}
