using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Sockets;

/// <summary>
/// One Engine.IO session, whatever its transport: the per-socket send queue (one send at a time, in order), the ping
/// loop, the Socket.IO handler loop (off the transport's read loop), and the socket's identity and rooms.
/// </summary>
internal sealed class EngineSession
{
    private readonly Channel<string> outbound = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<string> inbound = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<SessionCloseReason> closeRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource lifetime = new();
    private readonly HashSet<string> rooms = new(StringComparer.Ordinal);
    private readonly Lock roomsLock = new();
    private readonly SocketIoServerOptions options;
    private readonly Func<EngineSession, string, CancellationToken, ValueTask> socketIoHandler;
    private readonly ILogger logger;
    private TaskCompletionSource? pendingPong;
    private Task background = Task.CompletedTask;
    private volatile SocketIdentity? identity;
    private volatile bool closed;

    /// <summary>Creates a session; call <see cref="Start"/> once its transport is ready.</summary>
    public EngineSession(
        string transport,
        string? authorization,
        SocketIoServerOptions options,
        Func<EngineSession, string, CancellationToken, ValueTask> socketIoHandler,
        ILogger logger)
    {
        Transport = transport;
        Authorization = authorization;
        this.options = options;
        this.socketIoHandler = socketIoHandler;
        this.logger = logger;
        Send(EngineIoPackets.FormatOpen(Sid, options.PingInterval, options.PingTimeout, options.MaxPayload));
    }

    /// <summary>The Engine.IO session id.</summary>
    public string Sid { get; } = EngineIoPackets.NewSid();

    /// <summary><c>websocket</c> or <c>polling</c>.</summary>
    public string Transport { get; }

    /// <summary>The handshake request's <c>Authorization</c> header.</summary>
    public string? Authorization { get; }

    /// <summary>The Socket.IO session id of the default namespace, while connected.</summary>
    public string? SocketSid { get; private set; }

    /// <summary>Who the socket is, while connected to the default namespace.</summary>
    public SocketIdentity? Identity => identity;

    /// <summary>Whether the socket is connected to the default namespace (and so receives emits).</summary>
    public bool IsConnected => identity is not null && !closed;

    /// <summary>Completes with the first reason anyone asked this session to end for.</summary>
    public Task<SessionCloseReason> CloseRequested => closeRequested.Task;

    /// <summary>Completes once the transport has been torn down.</summary>
    public Task Completion => completion.Task;

    /// <summary>The packets waiting to be sent, in order; completed when the session closes.</summary>
    public ChannelReader<string> Outbound => outbound.Reader;

    /// <summary>Queues an Engine.IO packet for sending; false once the session is closed.</summary>
    public bool Send(string packet) => outbound.Writer.TryWrite(packet);

    /// <summary>Stops routing emits to the socket at once and asks the transport to end the session; the first reason wins.</summary>
    public void RequestClose(SessionCloseReason reason)
    {
        closed = true;
        closeRequested.TrySetResult(reason);
    }

    /// <summary>Starts the ping loop and the Socket.IO handler loop.</summary>
    public void Start() =>
        background = Task.WhenAll(Task.Run(() => PingLoopAsync(lifetime.Token)), Task.Run(() => HandlerLoopAsync(lifetime.Token)));

    /// <summary>Handles one Engine.IO packet received from the client. Runs on the transport's read path: cheap only.</summary>
    public void Receive(string packet)
    {
        if (packet.Length == 0)
        {
            return;
        }

        switch (packet[0])
        {
            case EngineIoPackets.Pong:
                Volatile.Read(ref pendingPong)?.TrySetResult();
                break;
            case EngineIoPackets.Ping:
                Send(EngineIoPackets.Pong + packet[1..]);
                break;
            case EngineIoPackets.Message:
                inbound.Writer.TryWrite(packet[1..]);
                break;
            case EngineIoPackets.Close:
                RequestClose(SessionCloseReason.ClientClosed);
                break;
            default:
                // Upgrade, noop and unknown packets need nothing.
                break;
        }
    }

    /// <summary>Marks the socket connected to the default namespace with its rooms; sends <c>40{"sid"}</c> first.</summary>
    public void ConnectNamespace(SocketIdentity who)
    {
        SocketSid = EngineIoPackets.NewSid();
        Send(SocketIoPacket.FormatConnected(SocketSid));
        lock (roomsLock)
        {
            rooms.Clear();
            rooms.Add("user:" + who.UserId);
            rooms.Add("workflows:shared");
            if (who.IsAdmin)
            {
                rooms.Add("admin");
            }
        }

        // Published after the connect packet is queued, so no emit can overtake it.
        identity = who;
    }

    /// <summary>Disconnects the default namespace (Socket.IO <c>41</c>): leaves every room; the transport stays open.</summary>
    public void DisconnectNamespace()
    {
        identity = null;
        SocketSid = null;
        lock (roomsLock)
        {
            rooms.Clear();
        }
    }

    /// <summary>Joins a room.</summary>
    public void Join(string room)
    {
        lock (roomsLock)
        {
            rooms.Add(room);
        }
    }

    /// <summary>Leaves a room.</summary>
    public void Leave(string room)
    {
        lock (roomsLock)
        {
            rooms.Remove(room);
        }
    }

    /// <summary>Whether the socket is in the room.</summary>
    public bool IsIn(string room)
    {
        lock (roomsLock)
        {
            return rooms.Contains(room);
        }
    }

    /// <summary>Whether the socket is in any of the rooms.</summary>
    public bool IsInAny(IReadOnlyCollection<string> candidates)
    {
        lock (roomsLock)
        {
            foreach (var room in candidates)
            {
                if (rooms.Contains(room))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Stops routing to the socket, completes its queues and stops its loops. Idempotent.</summary>
    public async ValueTask StopAsync()
    {
        RequestClose(SessionCloseReason.TransportError);
        DisconnectNamespace();
        outbound.Writer.TryComplete();
        inbound.Writer.TryComplete();
        if (!lifetime.IsCancellationRequested)
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await background.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the loops were cancelled.
        }
    }

    /// <summary>Marks the transport torn down.</summary>
    public void SetCompleted() => completion.TrySetResult();

    private async Task PingLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.PingInterval, cancellationToken).ConfigureAwait(false);
                var pong = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref pendingPong, pong);
                if (!Send(EngineIoPackets.PingPacket))
                {
                    return;
                }

                try
                {
                    await pong.Task.WaitAsync(options.PingTimeout, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    logger.LogInformation("Socket {Sid} did not answer a ping within {PingTimeout}; closing it", Sid, options.PingTimeout);
                    RequestClose(SessionCloseReason.PingTimeout);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }

    private async Task HandlerLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var packet in inbound.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await socketIoHandler(this, packet, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Socket {Sid}: handling a Socket.IO packet failed", Sid);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The session ended.
        }
    }
}
