using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Execution;

/// <summary>What a running session reports, node by node, in the server's order (the queue turns these into events).</summary>
public interface IExecutionObserver
{
    /// <summary>A prepared node starts.</summary>
    ValueTask InvocationStartedAsync(ExecutionNode node, CancellationToken cancellationToken);

    /// <summary>A step of a step node (denoising, upscaling, …) is done.</summary>
    /// <param name="node">The node.</param>
    /// <param name="message">The progress message, e.g. <c>Denoising step 2 of 4</c>.</param>
    /// <param name="percentage">0..1, or <see langword="null"/>.</param>
    /// <param name="image">A preview image, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the session.</param>
    ValueTask InvocationProgressAsync(ExecutionNode node, string message, double? percentage, ProgressImage? image, CancellationToken cancellationToken);

    /// <summary>A prepared node finished with <paramref name="result"/> (the output object, with its <c>type</c>).</summary>
    ValueTask InvocationCompleteAsync(ExecutionNode node, JsonObject result, CancellationToken cancellationToken);

    /// <summary>
    /// A prepared node failed. Runners do not call this: the queue does, after it wrote the <c>failed</c> status (the
    /// server's order), for <see cref="SessionOutcome.FailedNode"/>.
    /// </summary>
    ValueTask InvocationErrorAsync(ExecutionNode node, string errorType, string errorMessage, string errorTraceback, CancellationToken cancellationToken);
}

/// <summary>A prepared node as the events show it.</summary>
/// <param name="PreparedId">The prepared (execution graph) id, a fresh uuid.</param>
/// <param name="SourceId">The id of the node in the enqueued graph (<c>invocation_source_id</c>).</param>
/// <param name="Invocation">The prepared node with its resolved inputs (iterate/collect with <c>collection: []</c>).</param>
public sealed record ExecutionNode(string PreparedId, string SourceId, JsonObject Invocation);

/// <summary>A progress preview: <c>{width, height, dataURL}</c> with a JPEG or PNG data URL.</summary>
public sealed record ProgressImage(int Width, int Height, string DataUrl);

/// <summary>How a session run ended.</summary>
public enum SessionStatus
{
    /// <summary>Every node ran.</summary>
    Completed,

    /// <summary>A node raised: see <see cref="SessionOutcome.ErrorType"/>.</summary>
    Failed,

    /// <summary>The cancellation token fired.</summary>
    Canceled,
}

/// <summary>The end of a session run.</summary>
/// <param name="Status">Completed, failed or canceled.</param>
/// <param name="ErrorType">For failed: the exception class name (<c>MissingInputException</c>, …).</param>
/// <param name="ErrorMessage">For failed: <c>str(e)</c>.</param>
/// <param name="ErrorTraceback">For failed: a Python-style traceback.</param>
/// <param name="FailedNode">For a node failure: the node (the queue sends <c>invocation_error</c> for it after the <c>failed</c> status).</param>
public sealed record SessionOutcome(SessionStatus Status, string? ErrorType = null, string? ErrorMessage = null, string? ErrorTraceback = null, ExecutionNode? FailedNode = null);
