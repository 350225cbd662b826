using System.Net;

namespace GraphDsl;

/// <summary>The server failed (5xx), did not answer in time, or the connection broke, after any retries.</summary>
public sealed class InvokeServerException : InvokeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The 5xx status; <see langword="null"/> for a timeout or a broken connection.</param>
    /// <param name="responseBody">The body of the answer.</param>
    /// <param name="innerException">The cause.</param>
    public InvokeServerException(string message, HttpStatusCode? statusCode = null, string? responseBody = null, Exception? innerException = null)
        : base(message, statusCode, responseBody, innerException) { }
}
