using System.Net;

namespace GraphDsl;

/// <summary>The base of the errors an <see cref="InvokeClient"/> reports for a server answer or a queue item.</summary>
public class InvokeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status, when the error is an HTTP answer.</param>
    /// <param name="responseBody">The body of that answer, when there was one.</param>
    /// <param name="innerException">The cause.</param>
    public InvokeException(string message, HttpStatusCode? statusCode = null, string? responseBody = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
    }

    /// <summary>The HTTP status of the answer; <see langword="null"/> when there was none (timeout, reset) or the error is not HTTP.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The body of the answer, as text, when there was one.</summary>
    public string? ResponseBody { get; }
}
