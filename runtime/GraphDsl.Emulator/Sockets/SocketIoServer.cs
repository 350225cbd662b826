using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphDsl.Emulator.Sockets;

/// <summary>
/// An in-memory Socket.IO v5 / Engine.IO v4 server for the default namespace, with InvokeAI's rooms
/// (<c>user:&lt;id&gt;</c>, <c>workflows:shared</c>, <c>admin</c>, queue and bulk-download rooms). Serves the websocket
/// and long-polling transports; map <see cref="HandleAsync"/> at <c>/ws/socket.io</c>.
/// </summary>
public sealed class SocketIoServer : IAsyncDisposable
{
    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(5);
    private readonly SocketIoServerOptions options;
    private readonly ILogger logger;
    private readonly SessionRegistry registry = new();
    private readonly SocketIoPacketHandler packetHandler;
    private readonly PollingTransport polling;
    private int disposed;

    /// <summary>Creates a server; it serves nothing until a host routes requests to <see cref="HandleAsync"/>.</summary>
    /// <param name="options">Authentication and heartbeat settings.</param>
    /// <param name="logger">Where to log; <see langword="null"/> logs nowhere.</param>
    public SocketIoServer(SocketIoServerOptions options, ILogger<SocketIoServer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Authenticate);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PingInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PingTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.MaxPayload, 0);
        this.options = options;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        packetHandler = new SocketIoPacketHandler(options, this.logger);
        polling = new PollingTransport(registry, CreateSession, options.MaxPayload, this.logger);
    }

    /// <summary>How many sockets are connected to the default namespace (accepted by <c>Authenticate</c>, not yet gone).</summary>
    public int ConnectedCount => registry.All.Count(session => session.IsConnected);

    /// <summary>
    /// The endpoint for <c>/ws/socket.io/?EIO=4&amp;transport=websocket|polling</c>. A websocket request is served
    /// until the socket closes; a polling request returns as Engine.IO long-polling does.
    /// </summary>
    /// <param name="context">The request.</param>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        if (query["EIO"].ToString() != "4")
        {
            await EngineIoErrors.UnsupportedProtocolVersionAsync(context).ConfigureAwait(false);
            return;
        }

        var sid = query["sid"].ToString();
        switch (query["transport"].ToString())
        {
            case "websocket" when string.IsNullOrEmpty(sid) && WebSocketAcceptor.IsWebSocketRequest(context) && !IsDisposed:
                await ServeWebSocketAsync(context).ConfigureAwait(false);
                break;
            case "websocket":
                // Upgrades from polling are not offered, so a websocket request with a sid is not expected.
                await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
                break;
            case "polling" when !IsDisposed || !string.IsNullOrEmpty(sid):
                await polling.HandleAsync(context, sid).ConfigureAwait(false);
                break;
            case "polling":
                await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
                break;
            default:
                await EngineIoErrors.TransportUnknownAsync(context).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Sends <c>42["eventName",payload]</c> once to every connected socket that is in any of <paramref name="rooms"/> and in
    /// none of <paramref name="exceptRooms"/>. Events to one socket keep the order of the calls.
    /// </summary>
    /// <param name="eventName">The event name.</param>
    /// <param name="payload">The event payload (written as is; it is not modified).</param>
    /// <param name="rooms">The rooms to send to.</param>
    /// <param name="exceptRooms">Sockets in any of these rooms are skipped.</param>
    /// <param name="cancellationToken">Cancels before anything is queued.</param>
    public ValueTask EmitAsync(
        string eventName,
        JsonNode payload,
        IReadOnlyCollection<string> rooms,
        IReadOnlyCollection<string>? exceptRooms = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        ArgumentNullException.ThrowIfNull(rooms);
        cancellationToken.ThrowIfCancellationRequested();
        if (rooms.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        string? packet = null;
        foreach (var session in registry.All)
        {
            if (session.IsConnected && session.IsInAny(rooms) && (exceptRooms is null || !session.IsInAny(exceptRooms)))
            {
                packet ??= SocketIoPacket.FormatEvent(eventName, payload);
                session.Send(packet);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Drops every socket abruptly, as a crashed server would: websockets are aborted without a <c>41</c> or a close
    /// frame, waiting polls are aborted and their sessions forgotten. Completes when all are gone.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (the sockets are dropped anyway).</param>
    public async ValueTask DisconnectAllAsync(CancellationToken cancellationToken)
    {
        var sessions = registry.All.ToList();
        logger.LogInformation("Dropping {Count} socket(s)", sessions.Count);
        foreach (var session in sessions)
        {
            session.RequestClose(SessionCloseReason.ServerDrop);
        }

        await Task.WhenAll(sessions.Select(session => session.Completion)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every socket (websockets with a "going away" close frame) and refuses new ones.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        var sessions = registry.All.ToList();
        foreach (var session in sessions)
        {
            session.RequestClose(SessionCloseReason.ServerShutdown);
        }

        try
        {
            await Task.WhenAll(sessions.Select(session => session.Completion)).WaitAsync(DisposeTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Some sockets were still closing after {Timeout}", DisposeTimeout);
        }
    }

    private bool IsDisposed => Volatile.Read(ref disposed) != 0;

    private EngineSession CreateSession(string transport, string? authorization) =>
        new(transport, authorization, options, packetHandler.HandleAsync, logger);

    private async Task ServeWebSocketAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var socket = await WebSocketAcceptor.AcceptAsync(context).ConfigureAwait(false);
        if (socket is null)
        {
            await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
            return;
        }

        var session = CreateSession("websocket", authorization.Length > 0 ? authorization : null);
        registry.Add(session);
        logger.LogDebug("Websocket session {Sid} opened", session.Sid);
        try
        {
            if (IsDisposed)
            {
                session.RequestClose(SessionCloseReason.ServerShutdown);
            }

            await new WebSocketTransport(session, socket, options.MaxPayload, logger).RunAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            registry.Remove(session);
        }
    }
}
