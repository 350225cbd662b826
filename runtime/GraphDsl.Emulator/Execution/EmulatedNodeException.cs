using System;

namespace GraphDsl.Emulator.Execution;

/// <summary>A node failure with a python exception class name of choice (<c>error_type</c>) and message (<c>error_message</c>).</summary>
public sealed class EmulatedNodeException : Exception
{
    /// <summary>A failure reported as <paramref name="errorType"/>: <paramref name="message"/>.</summary>
    /// <param name="errorType">The python exception class name, e.g. <c>RuntimeError</c>.</param>
    /// <param name="message">The message, <c>str(e)</c>.</param>
    public EmulatedNodeException(string errorType, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorType);
        ErrorType = errorType;
    }

    /// <summary>The python exception class name the queue item reports.</summary>
    public string ErrorType { get; }
}
