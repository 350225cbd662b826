using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Sockets;

/// <summary>
/// One connection of an <see cref="InvokeSocket"/>: Engine.IO open, Socket.IO connect with the token, subscribe, then
/// events, pings and the ping-timeout watchdog until the connection ends.
/// </summary>
internal sealed class SocketSession(InvokeSocketOptions options, Uri uri, ChannelWriter<SocketMessage> output, ILogger logger)
{
    private volatile EngineIoConnection? _connection;
    private volatile bool _accepted;
    private volatile bool _subscribed;

    /// <summary>Runs the connection until it ends; failures and cancellation are reported in the result, not thrown.</summary>
    /// <param name="onAccepted">
    /// Called on the read loop once the server accepted the connection and acknowledged <c>subscribe_queue</c> (so it has
    /// joined the queue's room), before any event is written.
    /// </param>
    /// <param name="cancellationToken">Stops the connection.</param>
    public async Task<SessionEnd> RunAsync(Action<JsonElement> onAccepted, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        EngineIoHandshake? handshake = null;
        try
        {
            var token = options.TokenProvider is { } provider ? await provider(deadline.Token).ConfigureAwait(false) : null;
            _connection = await EngineIoConnection.ConnectAsync(uri, deadline.Token).ConfigureAwait(false);
            handshake = await ReadOpenAsync(_connection, deadline.Token).ConfigureAwait(false);
            logger.LogDebug("Socket.io transport open (ping interval {PingInterval}, timeout {PingTimeout})", handshake.PingInterval, handshake.PingTimeout);
            await _connection.SendAsync(SocketIoFrames.Connect(token), deadline.Token).ConfigureAwait(false);
            return await PumpAsync(_connection, handshake, deadline, onAccepted).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return new SessionEnd(_subscribed, Refused: false, DescribeFailure(ex, cancellationToken, deadline, handshake), ex is OperationCanceledException ? null : ex);
        }
        finally
        {
            if (_connection is { } connection)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Leaves politely: <c>41</c> then a close frame, when the server had accepted the connection.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is not { } connection)
        {
            return;
        }

        if (_accepted)
        {
            await connection.SendAsync(SocketIoFrames.Disconnect, cancellationToken).ConfigureAwait(false);
        }

        await connection.CloseOutputAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<EngineIoHandshake> ReadOpenAsync(EngineIoConnection connection, CancellationToken cancellationToken)
    {
        var message = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException("The server closed the websocket before the Engine.IO open packet.");
        var frame = SocketIoFrames.Classify(message);
        if (frame.Kind != FrameKind.Open)
        {
            throw new InvalidDataException("The server's first message was not an Engine.IO open packet.");
        }

        return EngineIoHandshake.Parse(frame.Data);
    }

    private async Task<SessionEnd> PumpAsync(EngineIoConnection connection, EngineIoHandshake handshake, CancellationTokenSource deadline, Action<JsonElement> onAccepted)
    {
        JsonElement acceptance = default;
        List<SocketMessage>? early = null; // events the server sent between joining the room and acknowledging it
        while (true)
        {
            var message = await connection.ReceiveAsync(deadline.Token).ConfigureAwait(false);
            if (message is not { } bytes)
            {
                return new SessionEnd(_subscribed, Refused: false, $"the server closed the websocket ({connection.CloseDescription})");
            }

            var frame = SocketIoFrames.Classify(bytes);
            switch (frame.Kind)
            {
                case FrameKind.Ping:
                    if (_subscribed)
                    {
                        deadline.CancelAfter(handshake.PingWindow);
                    }

                    await connection.SendAsync(SocketIoFrames.Pong, deadline.Token).ConfigureAwait(false);
                    break;
                case FrameKind.Accepted when !_accepted:
                    // The connect timeout still runs until the server acknowledges the subscription.
                    acceptance = SocketIoFrames.ReadData(frame.Data);
                    await connection.SendAsync(SocketIoFrames.SubscribeQueue(options.QueueId), deadline.Token).ConfigureAwait(false);
                    _accepted = true;
                    break;
                case FrameKind.SubscribeAcknowledged when _accepted && !_subscribed:
                    _subscribed = true;
                    deadline.CancelAfter(handshake.PingWindow);
                    onAccepted(acceptance);
                    foreach (var pending in early ?? [])
                    {
                        output.TryWrite(pending);
                    }

                    early = null;
                    break;
                case FrameKind.Refused:
                    var refusal = SocketIoFrames.ReadData(frame.Data);
                    var reason = SocketIoFrames.RefusalReason(refusal);
                    output.TryWrite(new SocketMessage(SocketSignal.Refused, null, refusal, reason));
                    return new SessionEnd(_subscribed, Refused: true, reason);
                case FrameKind.Event when _accepted:
                    if (SocketIoFrames.TryReadEvent(frame.Data, out var name, out var payload))
                    {
                        var received = new SocketMessage(SocketSignal.Event, name, payload, null);
                        if (_subscribed)
                        {
                            output.TryWrite(received);
                        }
                        else
                        {
                            (early ??= []).Add(received);
                        }
                    }

                    break;
                case FrameKind.Disconnect:
                    return new SessionEnd(_subscribed, Refused: false, "the server disconnected the socket (41)");
                case FrameKind.Close:
                    return new SessionEnd(_subscribed, Refused: false, "the server closed the Engine.IO session");
                default:
                    break;
            }
        }
    }

    private string DescribeFailure(Exception error, CancellationToken stopping, CancellationTokenSource deadline, EngineIoHandshake? handshake)
    {
        if (stopping.IsCancellationRequested)
        {
            return "the client stopped";
        }

        if (deadline.IsCancellationRequested)
        {
            return _subscribed && handshake is not null
                ? $"ping timeout: no ping from the server within {handshake.PingWindow.TotalMilliseconds:0} ms"
                : _accepted
                    ? $"connect timed out after {options.ConnectTimeout.TotalMilliseconds:0} ms: the server did not acknowledge subscribe_queue"
                    : $"connect timed out after {options.ConnectTimeout.TotalMilliseconds:0} ms";
        }

        return $"transport error: {error.GetType().Name}: {error.Message}";
    }
}
