using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary>
/// A scripted socket.io endpoint on Kestrel: completes the Engine.IO handshake, accepts every <c>40</c>, sends
/// <see cref="AfterAccept"/> (split into 64 KB frames), records what the client sends, and never pings.
/// </summary>
internal sealed class FakeSocketServer : IAsyncDisposable
{
    private const int FrameSize = 64 * 1024;
    private readonly WebApplication _app;
    private readonly int _pingIntervalMs;
    private readonly int _pingTimeoutMs;
    private readonly IReadOnlyList<string> _afterAccept;
    private int _connections;

    private FakeSocketServer(WebApplication app, int pingIntervalMs, int pingTimeoutMs, IReadOnlyList<string> afterAccept)
    {
        _app = app;
        _pingIntervalMs = pingIntervalMs;
        _pingTimeoutMs = pingTimeoutMs;
        _afterAccept = afterAccept;
    }

    /// <summary>The server root.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every text message clients sent, in order.</summary>
    public Channel<string> Received { get; } = Channel.CreateUnbounded<string>();

    /// <summary>Whether <c>subscribe_queue</c> is acknowledged (<c>431[]</c>), as python-socketio does; off to play a server that never answers.</summary>
    public bool AcknowledgeSubscriptions { get; set; } = true;

    public static async Task<FakeSocketServer> StartAsync(int pingIntervalMs, int pingTimeoutMs, params string[] afterAccept)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeSocketServer(app, pingIntervalMs, pingTimeoutMs, afterAccept);
        app.UseWebSockets();
        app.Map("/ws/socket.io", (Func<HttpContext, Task>)server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["EIO"] != "4" || context.Request.Query["transport"] != "websocket")
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var number = Interlocked.Increment(ref _connections);
        var aborted = context.RequestAborted;
        try
        {
            await SendAsync(socket, $$"""0{"sid":"fake-{{number}}","upgrades":[],"pingInterval":{{_pingIntervalMs}},"pingTimeout":{{_pingTimeoutMs}},"maxPayload":1000000}""", aborted);
            while (await ReceiveAsync(socket, aborted) is { } text)
            {
                Received.Writer.TryWrite(text);
                if (AcknowledgeSubscriptions && text.StartsWith("421[\"subscribe_queue\"", StringComparison.Ordinal))
                {
                    await SendAsync(socket, "431[]", aborted);
                }
                else if (text.StartsWith("40", StringComparison.Ordinal))
                {
                    await SendAsync(socket, $$"""40{"sid":"socket-{{number}}"}""", aborted);
                    foreach (var message in _afterAccept)
                    {
                        await SendAsync(socket, message, aborted);
                    }
                }
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", aborted);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away (e.g. after its ping timeout).
        }
    }

    private static async Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var offset = 0; offset < bytes.Length || offset == 0; offset += FrameSize)
        {
            var count = Math.Min(FrameSize, bytes.Length - offset);
            var last = offset + count >= bytes.Length;
            await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, cancellationToken);
            if (last)
                break;
        }
    }

    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
