namespace GraphDsl.Client.Sockets;

/// <summary>What a <see cref="SocketMessage"/> reports.</summary>
internal enum SocketSignal
{
    /// <summary>A socket.io event from the server (<c>42["name",payload]</c>).</summary>
    Event,

    /// <summary>The server accepted the connection and <c>subscribe_queue</c> was sent; events may have been missed before it.</summary>
    Connected,

    /// <summary>The connection was lost or closed; a reconnect follows unless the socket is disposed.</summary>
    Disconnected,

    /// <summary>The server refused the connection (<c>44</c> connect_error, e.g. a bad token); no further reconnects.</summary>
    Refused,
}
