using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphDsl.Client.Sockets;

/// <summary>Formats the Engine.IO / Socket.IO text frames the client sends and classifies the ones it receives.</summary>
internal static class SocketIoFrames
{
    /// <summary>The Engine.IO pong: <c>3</c>.</summary>
    public const string Pong = "3";

    /// <summary>The Socket.IO disconnect for the default namespace: <c>41</c>.</summary>
    public const string Disconnect = "41";

    /// <summary>The Socket.IO connect, <c>40</c> or <c>40{"token":…}</c>.</summary>
    public static string Connect(string? token)
    {
        if (token is null)
        {
            return "40";
        }

        return "40" + WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("token", token);
            writer.WriteEndObject();
        });
    }

    /// <summary>The acknowledgement id the client asks for with <c>subscribe_queue</c>.</summary>
    public const int SubscribeAckId = 1;

    /// <summary>
    /// The event <c>421["subscribe_queue",{"queue_id":…}]</c>, asking for an acknowledgement: the server sends it once its
    /// handler has joined the queue's room, so no event of an item enqueued afterwards can be missed.
    /// </summary>
    public static string SubscribeQueue(string queueId) =>
        "42" + SubscribeAckId.ToString(System.Globalization.CultureInfo.InvariantCulture) + WriteJson(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue("subscribe_queue");
            writer.WriteStartObject();
            writer.WriteString("queue_id", queueId);
            writer.WriteEndObject();
            writer.WriteEndArray();
        });

    /// <summary>Classifies one Engine.IO text message.</summary>
    /// <param name="message">The whole message as UTF-8.</param>
    /// <returns>The frame; its <see cref="ReceivedFrame.Data"/> points into <paramref name="message"/>.</returns>
    public static ReceivedFrame Classify(ReadOnlyMemory<byte> message)
    {
        var span = message.Span;
        if (span.Length == 0)
        {
            return new ReceivedFrame(FrameKind.Other, default);
        }

        switch (span[0])
        {
            case (byte)'0':
                return new ReceivedFrame(FrameKind.Open, message[1..]);
            case (byte)'1':
                return new ReceivedFrame(FrameKind.Close, default);
            case (byte)'2':
                return new ReceivedFrame(FrameKind.Ping, message[1..]);
            case (byte)'4':
                return ClassifySocketIo(message[1..]);
            default:
                return new ReceivedFrame(FrameKind.Other, default);
        }
    }

    /// <summary>Reads the event name and first argument of <c>["name",payload]</c>; the payload is cloned.</summary>
    /// <returns><see langword="false"/> when the data is not an event array.</returns>
    public static bool TryReadEvent(ReadOnlyMemory<byte> data, out string name, out JsonElement payload)
    {
        name = string.Empty;
        payload = default;
        try
        {
            using var document = JsonDocument.Parse(data);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root[0].ValueKind != JsonValueKind.String)
            {
                return false;
            }

            name = root[0].GetString()!;
            payload = root.GetArrayLength() > 1 ? root[1].Clone() : default;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Parses a JSON object (a connect's or refusal's data), cloned; <c>default</c> when empty or malformed.</summary>
    public static JsonElement ReadData(ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty)
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(data);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>The <c>message</c> of a connect_error's data, or a fallback.</summary>
    public static string RefusalReason(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()!
            : data.ValueKind == JsonValueKind.String ? data.GetString()! : "connect_error without a message";

    private static ReceivedFrame ClassifySocketIo(ReadOnlyMemory<byte> packet)
    {
        var span = packet.Span;
        if (span.Length == 0)
        {
            return new ReceivedFrame(FrameKind.Other, default);
        }

        var index = 1;
        if (index < span.Length && span[index] == (byte)'/')
        {
            // Another namespace ("/admin,…"); this client only uses the default one.
            var comma = span.IndexOf((byte)',');
            var ns = comma < 0 ? span[index..] : span[index..comma];
            if (!ns.SequenceEqual("/"u8))
            {
                return new ReceivedFrame(FrameKind.Other, default);
            }

            index = comma < 0 ? span.Length : comma + 1;
        }

        var idStart = index;
        while (index < span.Length && span[index] is >= (byte)'0' and <= (byte)'9')
        {
            index++; // An acknowledgement id: an event asking for one, or the server's answer to ours.
        }

        var isSubscribeAck = span[idStart..index].SequenceEqual("1"u8);
        var data = packet[index..];
        return span[0] switch
        {
            (byte)'0' => new ReceivedFrame(FrameKind.Accepted, data),
            (byte)'1' => new ReceivedFrame(FrameKind.Disconnect, default),
            (byte)'2' => new ReceivedFrame(FrameKind.Event, data),
            (byte)'3' when isSubscribeAck => new ReceivedFrame(FrameKind.SubscribeAcknowledged, data),
            (byte)'4' => new ReceivedFrame(FrameKind.Refused, data),
            _ => new ReceivedFrame(FrameKind.Other, default),
        };
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
