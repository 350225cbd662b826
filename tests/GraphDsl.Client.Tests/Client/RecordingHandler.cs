using System.Collections.Concurrent;

namespace GraphDsl.Client.Tests.Client;

/// <summary>Records the Bearer token of every request and the refreshed token of every response.</summary>
internal sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentQueue<(string Method, string Path, string? Bearer, string? Refreshed)> Exchanges { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var refreshed = response.Headers.TryGetValues("X-Refreshed-Token", out var values) ? values.First() : null;
        Exchanges.Enqueue((request.Method.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Parameter, refreshed));
        return response;
    }
}
