namespace GraphDsl.Emulator.Sockets;

/// <summary>Why an Engine.IO session ends; decides how its transport is closed.</summary>
internal enum SessionCloseReason
{
    /// <summary>The client sent a close packet or a websocket close frame: complete the close handshake.</summary>
    ClientClosed,

    /// <summary>The transport failed or the request was aborted: nothing left to say.</summary>
    TransportError,

    /// <summary>The client did not answer a ping in time: close it.</summary>
    PingTimeout,

    /// <summary>The server is shutting down: close with "going away".</summary>
    ServerShutdown,

    /// <summary>A fault injected by a test: drop the connection abruptly, without any close packet or frame.</summary>
    ServerDrop,
}
