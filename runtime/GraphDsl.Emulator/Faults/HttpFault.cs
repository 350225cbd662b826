namespace GraphDsl.Emulator.Faults;

/// <summary>What an injected HTTP fault does to a matching request.</summary>
public enum HttpFaultKind
{
    /// <summary>Answer with <see cref="HttpFault.StatusCode"/> (a 5xx by default) and a FastAPI-style <c>detail</c> body.</summary>
    Status,

    /// <summary>Abort the connection before answering (the client sees a reset / an incomplete response).</summary>
    ConnectionReset,
}

/// <summary>An HTTP fault for the next <see cref="Count"/> requests that match.</summary>
/// <param name="Method">The HTTP method to match (<c>GET</c>, <c>POST</c>, …), or <see langword="null"/> for any.</param>
/// <param name="PathPrefix">The request path must start with this (<c>/api/v1/queue/default/enqueue_batch</c>).</param>
/// <param name="Kind">A status code or a reset.</param>
/// <param name="Count">How many matching requests it hits; then it is gone.</param>
/// <param name="StatusCode">For <see cref="HttpFaultKind.Status"/>: the status, 500 by default.</param>
/// <param name="AfterHandling">Run the request first and break only its response: the server did the work, the client
/// does not know (e.g. an enqueue whose response is lost).</param>
public sealed record HttpFault(string? Method, string PathPrefix, HttpFaultKind Kind = HttpFaultKind.Status, int Count = 1, int StatusCode = 500, bool AfterHandling = false);
