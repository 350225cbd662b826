namespace GraphDsl.Client.Sockets;

/// <summary>How one connection attempt of an <see cref="InvokeSocket"/> ended.</summary>
/// <param name="WasAccepted">The server had accepted the connection (a Connected message was emitted).</param>
/// <param name="Refused">The server refused it with a connect_error; do not reconnect.</param>
/// <param name="Reason">Why it ended, for logs and the Disconnected message.</param>
/// <param name="Error">The failure, when one caused it.</param>
internal sealed record SessionEnd(bool WasAccepted, bool Refused, string Reason, Exception? Error = null);
