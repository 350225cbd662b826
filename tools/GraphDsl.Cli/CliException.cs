namespace GraphDsl.Cli;

/// <summary>A failure the user can act on: printed as one line (no stack trace unless <c>--verbose</c>), exit code 2.</summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one line to print.</param>
    /// <param name="innerException">The cause, printed with <c>--verbose</c>.</param>
    public CliException(string message, Exception? innerException = null) : base(message, innerException) { }
}
