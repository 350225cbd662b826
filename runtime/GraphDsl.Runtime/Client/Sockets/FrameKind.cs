namespace GraphDsl.Client.Sockets;

/// <summary>What kind of frame the server sent.</summary>
internal enum FrameKind
{
    /// <summary>Engine.IO open <c>0{…}</c>.</summary>
    Open,

    /// <summary>Engine.IO close <c>1</c>.</summary>
    Close,

    /// <summary>Engine.IO ping <c>2</c>.</summary>
    Ping,

    /// <summary>Socket.IO connect accepted <c>40{"sid"}</c>.</summary>
    Accepted,

    /// <summary>Socket.IO disconnect <c>41</c>.</summary>
    Disconnect,

    /// <summary>Socket.IO event <c>42[…]</c>.</summary>
    Event,

    /// <summary>Socket.IO connect_error <c>44{…}</c>.</summary>
    Refused,

    /// <summary>Socket.IO acknowledgement of the client's <c>subscribe_queue</c>: <c>431[…]</c>.</summary>
    SubscribeAcknowledged,

    /// <summary>Anything this client ignores (pong, noop, other acks, binary, other namespaces).</summary>
    Other,
}
