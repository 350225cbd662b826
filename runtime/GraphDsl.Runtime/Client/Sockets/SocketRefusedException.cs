namespace GraphDsl.Client.Sockets;

/// <summary>The server refused the socket.io connection (<c>44</c> connect_error), typically because the token is missing or invalid.</summary>
internal sealed class SocketRefusedException : Exception
{
    /// <summary>Creates the exception with the server's reason.</summary>
    /// <param name="reason">The server's message.</param>
    public SocketRefusedException(string reason)
        : base($"The InvokeAI server refused the socket.io connection: {reason}. In multi-user mode check the access token.")
    {
        Reason = reason;
    }

    /// <summary>The server's message.</summary>
    public string Reason { get; }
}
