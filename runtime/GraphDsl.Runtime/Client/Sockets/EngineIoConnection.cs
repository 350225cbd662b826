using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Client.Sockets;

/// <summary>
/// One Engine.IO v4 websocket connection: connects, reads whole text messages, and sends one frame at a time.
/// </summary>
internal sealed class EngineIoConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _receiveBuffer = new(16 * 1024);

    private EngineIoConnection()
    {
    }

    /// <summary>The websocket's state.</summary>
    public WebSocketState State => _socket.State;

    /// <summary>The close status the server sent, once it closed the websocket.</summary>
    public string CloseDescription => $"{_socket.CloseStatus} {_socket.CloseStatusDescription}".Trim();

    /// <summary>The websocket address for a server root and socket.io path: <c>ws(s)://host/base/path/?EIO=4&amp;transport=websocket</c>.</summary>
    public static Uri BuildUri(Uri baseAddress, string path)
    {
        var scheme = baseAddress.Scheme switch
        {
            "https" or "wss" => "wss",
            "http" or "ws" => "ws",
            _ => throw new ArgumentException($"Unsupported scheme '{baseAddress.Scheme}' for the socket.io address.", nameof(baseAddress)),
        };
        var fullPath = baseAddress.AbsolutePath.TrimEnd('/') + "/" + path.TrimStart('/');
        return new UriBuilder(baseAddress) { Scheme = scheme, Path = fullPath, Query = "EIO=4&transport=websocket", Fragment = string.Empty }.Uri;
    }

    /// <summary>Opens the websocket.</summary>
    public static async Task<EngineIoConnection> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var connection = new EngineIoConnection();
        try
        {
            await connection._socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads one whole text message (however many frames it spans).</summary>
    /// <returns>The UTF-8 bytes, valid until the next call; <see langword="null"/> when the server closed the websocket.</returns>
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _receiveBuffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(_receiveBuffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
                _receiveBuffer.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            switch (result.MessageType)
            {
                case WebSocketMessageType.Close:
                    return null;
                case WebSocketMessageType.Text:
                    return _receiveBuffer.WrittenMemory;
                default:
                    continue; // Binary attachments are not supported.
            }
        }
    }

    /// <summary>Sends one text message; sends never overlap.</summary>
    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame (after any send in progress); does not wait for the server's.</summary>
    public async Task CloseOutputAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client disconnect", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Tears the websocket down at once.</summary>
    public void Abort() => _socket.Abort();

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
