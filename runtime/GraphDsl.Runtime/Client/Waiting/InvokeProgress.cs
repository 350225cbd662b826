namespace GraphDsl;

/// <summary>What an <see cref="InvokeProgress"/> report is about.</summary>
public enum InvokeProgressKind
{
    /// <summary>The item's status changed (<see cref="InvokeProgress.Status"/>).</summary>
    StatusChanged,

    /// <summary>A node started (<c>invocation_started</c>).</summary>
    NodeStarted,

    /// <summary>A node reported progress (<c>invocation_progress</c>).</summary>
    NodeProgress,

    /// <summary>A node completed (<c>invocation_complete</c>).</summary>
    NodeCompleted,

    /// <summary>A node failed (<c>invocation_error</c>).</summary>
    NodeError,
}

/// <summary>A preview image sent with progress: a JPEG data URL.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="DataUrl">The <c>data:image/jpeg;base64,…</c> URL.</param>
public sealed record InvokePreviewImage(int Width, int Height, string DataUrl);

/// <summary>A progress report of a queue item being awaited.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Status">The item's status (for <see cref="InvokeProgressKind.StatusChanged"/>), else its last known one.</param>
/// <param name="NodeId">The node's id in the graph (<c>invocation_source_id</c>), for node events.</param>
/// <param name="NodeType">The node's type, for node events.</param>
/// <param name="Percentage">0..1, when the node reports one.</param>
/// <param name="Message">The node's progress message, or the error message.</param>
/// <param name="Image">A preview, when the node sends one.</param>
/// <param name="ErrorType">The error class, for <see cref="InvokeProgressKind.NodeError"/>.</param>
public sealed record InvokeProgress(
    InvokeProgressKind Kind,
    long ItemId,
    InvokeQueueItemStatus Status,
    string? NodeId = null,
    string? NodeType = null,
    double? Percentage = null,
    string? Message = null,
    InvokePreviewImage? Image = null,
    string? ErrorType = null);
