using System;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Sockets;

/// <summary>How a <see cref="SocketIoServer"/> authenticates sockets and keeps them alive.</summary>
public sealed class SocketIoServerOptions
{
    /// <summary>
    /// Decides who a socket is when it sends its Socket.IO CONNECT packet. Returning <see langword="null"/> refuses
    /// the connection (the client receives <c>44{"message":"Connection rejected by server"}</c>); so does throwing.
    /// </summary>
    public required Func<SocketConnectRequest, CancellationToken, ValueTask<SocketIdentity?>> Authenticate { get; init; }

    /// <summary>How often the server pings each client (Engine.IO <c>pingInterval</c>). Default 25 s (python-socketio's).</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>How long a client has to answer a ping before it is dropped (Engine.IO <c>pingTimeout</c>). Default 20 s.</summary>
    public TimeSpan PingTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest message, in bytes, a client may send (Engine.IO <c>maxPayload</c>). Default 1,000,000 (python-engineio's).</summary>
    public int MaxPayload { get; init; } = 1_000_000;
}
