using System;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Execution;

/// <summary>How a <see cref="SessionRunner"/> runs nodes: progress granularity and injected delays or faults.</summary>
public sealed class SessionRunnerOptions
{
    /// <summary>Steps a step node (denoise, upscale, …) reports progress for. Default 4; 0 reports none.</summary>
    public int ProgressSteps { get; set; } = 4;

    /// <summary>
    /// Called before each node runs, with the node's wire type and source node id (fault injection). Throwing fails the
    /// node as if it had raised: the error type is the exception's type name, or <see cref="EmulatedNodeException.ErrorType"/>.
    /// Waiting delays the node; the token is the session's.
    /// </summary>
    public Func<string, string, CancellationToken, ValueTask>? BeforeNode { get; set; }

    /// <summary>Called between the progress steps of step nodes (slow progress); the token is the session's.</summary>
    public Func<CancellationToken, ValueTask>? BetweenProgressSteps { get; set; }
}
