using System;
using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Sockets;

/// <summary>Runs an <see cref="EngineSession"/> over a websocket: a read loop, a write loop, and the close.</summary>
internal sealed class WebSocketTransport(EngineSession session, WebSocket socket, int maxPayload, ILogger logger)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Runs the session until it ends, then closes the websocket as the close reason says.</summary>
    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var readCancellation = new CancellationTokenSource();
        using var writeCancellation = new CancellationTokenSource();
        await using var abortRegistration = requestAborted.Register(() => session.RequestClose(SessionCloseReason.TransportError)).ConfigureAwait(false);
        var reading = ReadLoopAsync(readCancellation.Token);
        var writing = WriteLoopAsync(writeCancellation.Token);
        session.Start();

        var reason = await session.CloseRequested.ConfigureAwait(false);
        logger.LogDebug("Socket {Sid} closing: {Reason}", session.Sid, reason);
        try
        {
            if (reason is SessionCloseReason.ServerDrop or SessionCloseReason.TransportError)
            {
                socket.Abort();
            }
            else
            {
                await writeCancellation.CancelAsync().ConfigureAwait(false);
                await IgnoreFailures(writing).ConfigureAwait(false);
                await CloseGracefullyAsync(reason, reading).ConfigureAwait(false);
            }
        }
        finally
        {
            await session.StopAsync().ConfigureAwait(false);
            await readCancellation.CancelAsync().ConfigureAwait(false);
            await writeCancellation.CancelAsync().ConfigureAwait(false);
            socket.Abort();
            await IgnoreFailures(reading).ConfigureAwait(false);
            await IgnoreFailures(writing).ConfigureAwait(false);
            socket.Dispose();
            session.SetCompleted();
        }
    }

    private async Task CloseGracefullyAsync(SessionCloseReason reason, Task reading)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        var (status, description) = reason switch
        {
            SessionCloseReason.ServerShutdown => (WebSocketCloseStatus.EndpointUnavailable, "server shutting down"),
            SessionCloseReason.PingTimeout => (WebSocketCloseStatus.NormalClosure, "ping timeout"),
            _ => (WebSocketCloseStatus.NormalClosure, string.Empty),
        };
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);

            // Give the client a moment to answer with its own close frame, which ends the read loop.
            await reading.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            logger.LogDebug("Socket {Sid}: the close handshake did not complete ({Message})", session.Sid, ex.Message);
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > maxPayload)
                    {
                        logger.LogInformation("Socket {Sid} sent a message over {MaxPayload} bytes; dropping it", session.Sid, maxPayload);
                        session.RequestClose(SessionCloseReason.TransportError);
                        return;
                    }
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                switch (result.MessageType)
                {
                    case WebSocketMessageType.Close:
                        session.RequestClose(SessionCloseReason.ClientClosed);
                        return;
                    case WebSocketMessageType.Text:
                        session.Receive(Encoding.UTF8.GetString(buffer.WrittenSpan));
                        break;
                    default:
                        // Binary attachments are not supported.
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            session.RequestClose(SessionCloseReason.TransportError);
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            await foreach (var packet in session.Outbound.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var length = Encoding.UTF8.GetByteCount(packet);
                if (length > rented.Length)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = ArrayPool<byte>.Shared.Rent(length);
                }

                var written = Encoding.UTF8.GetBytes(packet, rented);
                await socket.SendAsync(rented.AsMemory(0, written), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            session.RequestClose(SessionCloseReason.TransportError);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static async Task IgnoreFailures(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The loop's failure has already been turned into a close reason.
        }
    }
}
