using System.Net;

namespace GraphDsl;

/// <summary>The server refused the credentials (401) or the access (403).</summary>
public sealed class InvokeAuthenticationException : InvokeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong (the server's <c>detail</c>).</param>
    /// <param name="statusCode">401 or 403.</param>
    /// <param name="responseBody">The body of the answer.</param>
    public InvokeAuthenticationException(string message, HttpStatusCode statusCode, string? responseBody = null)
        : base(message, statusCode, responseBody) { }
}
