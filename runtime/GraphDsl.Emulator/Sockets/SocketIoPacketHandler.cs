using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Sockets;

/// <summary>
/// Handles the Socket.IO packets a client sends: CONNECT (authentication and rooms, as InvokeAI's <c>sockets.py</c>),
/// DISCONNECT, and the subscribe/unsubscribe events. Unknown events are ignored; acknowledgements are answered empty.
/// </summary>
internal sealed class SocketIoPacketHandler(SocketIoServerOptions options, ILogger logger)
{
    /// <summary>Handles one Socket.IO packet from a session's handler loop.</summary>
    public async ValueTask HandleAsync(EngineSession session, string text, CancellationToken cancellationToken)
    {
        if (!SocketIoPacket.TryParse(text, out var packet))
        {
            logger.LogDebug("Socket {Sid}: ignoring a malformed Socket.IO packet", session.Sid);
            return;
        }

        if (packet.Namespace != SocketIoPacket.DefaultNamespace)
        {
            if (packet.Type == SocketIoPacket.Connect)
            {
                session.Send(SocketIoPacket.FormatInvalidNamespace(packet.Namespace));
            }

            return;
        }

        switch (packet.Type)
        {
            case SocketIoPacket.Connect:
                await ConnectAsync(session, packet.Data, cancellationToken).ConfigureAwait(false);
                break;
            case SocketIoPacket.Disconnect:
                logger.LogDebug("Socket {Sid} disconnected from the default namespace", session.Sid);
                session.DisconnectNamespace();
                break;
            case SocketIoPacket.Event when session.IsConnected:
                HandleEvent(session, packet);
                break;
            default:
                // Events before CONNECT are dropped, as python-socketio does; acks and binary packets are not used.
                break;
        }
    }

    private async ValueTask ConnectAsync(EngineSession session, string data, CancellationToken cancellationToken)
    {
        if (session.IsConnected)
        {
            logger.LogDebug("Socket {Sid} is already connected; ignoring a second CONNECT", session.Sid);
            return;
        }

        var request = new SocketConnectRequest(ReadToken(data), session.Authorization);
        SocketIdentity? identity;
        try
        {
            identity = await options.Authenticate(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Socket {Sid}: authentication failed; refusing it", session.Sid);
            identity = null;
        }

        if (identity is null)
        {
            logger.LogInformation("Socket {Sid} refused", session.Sid);
            session.Send(SocketIoPacket.RejectedPacket);
            return;
        }

        session.ConnectNamespace(identity);
        logger.LogInformation("Socket {Sid} connected as {UserId} (admin: {IsAdmin})", session.Sid, identity.UserId, identity.IsAdmin);
    }

    private void HandleEvent(EngineSession session, SocketIoPacket packet)
    {
        if (TryReadEvent(packet.Data, out var name, out var argument))
        {
            switch (name)
            {
                case "subscribe_queue" when ReadString(argument, "queue_id") is { } queueId:
                    session.Join(queueId);
                    if (session.Identity is { } who)
                    {
                        session.Join("user:" + who.UserId);
                        if (who.IsAdmin)
                        {
                            session.Join("admin");
                        }
                    }

                    break;
                case "unsubscribe_queue" when ReadString(argument, "queue_id") is { } queueId:
                    session.Leave(queueId);
                    break;
                case "subscribe_bulk_download" when ReadString(argument, "bulk_download_id") is { } bulkId:
                    session.Join(bulkId);
                    break;
                case "unsubscribe_bulk_download" when ReadString(argument, "bulk_download_id") is { } bulkId:
                    session.Leave(bulkId);
                    break;
                default:
                    logger.LogDebug("Socket {Sid}: ignoring event {Event}", session.Sid, name);
                    break;
            }
        }

        if (packet.AckId is { } ackId)
        {
            session.Send(SocketIoPacket.FormatEmptyAck(ackId));
        }
    }

    private static string? ReadToken(string data)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(data);
            return ReadString(document.RootElement, "token");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryReadEvent(string data, out string name, out JsonElement argument)
    {
        name = string.Empty;
        argument = default;
        try
        {
            using var document = JsonDocument.Parse(data);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root[0].ValueKind != JsonValueKind.String)
            {
                return false;
            }

            name = root[0].GetString()!;
            argument = root.GetArrayLength() > 1 ? root[1].Clone() : default;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? ReadString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
