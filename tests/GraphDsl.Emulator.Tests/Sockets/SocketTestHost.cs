using GraphDsl.Emulator.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

/// <summary>A Kestrel app on a free loopback port that maps a <see cref="SocketIoServer"/> at <c>/ws/socket.io</c>.</summary>
internal sealed class SocketTestHost : IAsyncDisposable
{
    /// <summary>Tokens the test host accepts: <c>alice</c>, <c>bob</c> (users), <c>root</c> (an admin).</summary>
    public static readonly IReadOnlyDictionary<string, SocketIdentity> Tokens = new Dictionary<string, SocketIdentity>
    {
        ["alice"] = new("alice", IsAdmin: false),
        ["bob"] = new("bob", IsAdmin: false),
        ["root"] = new("root", IsAdmin: true),
    };

    private readonly WebApplication app;

    private readonly List<SocketConnectRequest> connectRequests;

    private SocketTestHost(WebApplication app, SocketIoServer server, Uri baseUri, List<SocketConnectRequest> connectRequests)
    {
        this.app = app;
        Server = server;
        BaseUri = baseUri;
        this.connectRequests = connectRequests;
    }

    public SocketIoServer Server { get; }

    public Uri BaseUri { get; }

    /// <summary>A snapshot of every request the authenticator saw, in order.</summary>
    public IReadOnlyList<SocketConnectRequest> ConnectRequests
    {
        get
        {
            lock (connectRequests)
            {
                return [.. connectRequests];
            }
        }
    }

    public static async Task<SocketTestHost> StartAsync(
        TimeSpan? pingInterval = null, TimeSpan? pingTimeout = null, bool useWebSocketMiddleware = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new List<SocketConnectRequest>();
        var server = new SocketIoServer(new SocketIoServerOptions
        {
            Authenticate = (request, _) =>
            {
                lock (requests)
                {
                    requests.Add(request);
                }

                return ValueTask.FromResult(
                    request.ResolvedToken is { } token && Tokens.TryGetValue(token, out var identity) ? identity : null);
            },
            PingInterval = pingInterval ?? TimeSpan.FromSeconds(25),
            PingTimeout = pingTimeout ?? TimeSpan.FromSeconds(20),
        });
        if (useWebSocketMiddleware)
        {
            app.UseWebSockets();
        }

        app.Map("/ws/socket.io", server.HandleAsync);
        await app.StartAsync();
        return new SocketTestHost(app, server, new Uri(app.Urls.Single()), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
