namespace GraphDsl.Emulator.Queue;

/// <summary>The statuses of a queue item, with their wire names.</summary>
internal static class QueueItemStatus
{
    public const string Pending = "pending";
    public const string InProgress = "in_progress";
    public const string Waiting = "waiting";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Canceled = "canceled";

    /// <summary>Completed, failed and canceled are never overwritten.</summary>
    public static bool IsTerminal(string status) => status is Completed or Failed or Canceled;
}
