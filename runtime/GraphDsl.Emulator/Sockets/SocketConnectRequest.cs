namespace GraphDsl.Emulator.Sockets;

/// <summary>What a socket presents when it connects to the default namespace.</summary>
/// <param name="Token">The CONNECT packet's <c>auth.token</c>, when it is a string.</param>
/// <param name="Authorization">The <c>Authorization</c> header of the Engine.IO handshake request, if any.</param>
public sealed record SocketConnectRequest(string? Token, string? Authorization)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// The token InvokeAI's <c>sockets.py</c> would verify: <see cref="Token"/> when it is not empty, else the token of an
    /// <c>Authorization: Bearer …</c> header, else <see langword="null"/>.
    /// </summary>
    public string? ResolvedToken =>
        !string.IsNullOrEmpty(Token) ? Token
        : Authorization is { } header && header.StartsWith(BearerPrefix, System.StringComparison.Ordinal) && header.Length > BearerPrefix.Length
            ? header[BearerPrefix.Length..]
            : null;
}
