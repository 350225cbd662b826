using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Http;

/// <summary>The client's structured log messages. Tokens are never logged.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(1, LogLevel.Debug, "{Method} {Path} answered {StatusCode}")]
    public static partial void Answered(ILogger logger, string method, string path, int statusCode);

    [LoggerMessage(2, LogLevel.Warning, "{Method} {Path} failed ({Reason}); retry {Attempt} of {MaxRetries} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, string reason, int attempt, int maxRetries, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Information, "Logged in as {Email}")]
    public static partial void LoggedIn(ILogger logger, string email);

    [LoggerMessage(4, LogLevel.Debug, "Adopted a refreshed token from {Path}")]
    public static partial void TokenRefreshed(ILogger logger, string path);

    [LoggerMessage(5, LogLevel.Warning, "The enqueue of batch {BatchId} lost its response ({Reason}); checking the batch before any resend")]
    public static partial void EnqueueLost(ILogger logger, string batchId, string reason);

    [LoggerMessage(6, LogLevel.Information, "Batch {BatchId} was enqueued although its response was lost; recovered {Count} item id(s)")]
    public static partial void EnqueueRecovered(ILogger logger, string batchId, int count);

    [LoggerMessage(7, LogLevel.Information, "Enqueued batch {BatchId}: {Enqueued} of {Requested} item(s)")]
    public static partial void Enqueued(ILogger logger, string batchId, int enqueued, int requested);

    [LoggerMessage(8, LogLevel.Information, "Canceling abandoned queue item {ItemId}")]
    public static partial void CancelingAbandoned(ILogger logger, long itemId);

    [LoggerMessage(9, LogLevel.Warning, "Could not cancel abandoned queue item {ItemId}")]
    public static partial void CancelFailed(ILogger logger, Exception exception, long itemId);

    [LoggerMessage(10, LogLevel.Debug, "Queue item {ItemId} is {Status}")]
    public static partial void ItemStatus(ILogger logger, long itemId, InvokeQueueItemStatus status);

    [LoggerMessage(11, LogLevel.Warning, "The event socket failed; waits fall back to polling")]
    public static partial void SocketFailed(ILogger logger, Exception exception);
}
