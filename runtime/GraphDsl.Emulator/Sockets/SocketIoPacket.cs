using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Sockets;

/// <summary>A Socket.IO v5 packet as carried in an Engine.IO message (the text after the <c>4</c>).</summary>
/// <param name="Type">The packet type digit: <c>0</c> connect, <c>1</c> disconnect, <c>2</c> event, <c>3</c> ack, <c>4</c> connect error, <c>5</c>/<c>6</c> binary.</param>
/// <param name="Namespace">The namespace, <c>/</c> when none is written.</param>
/// <param name="AckId">The acknowledgement id, when the sender asked for one.</param>
/// <param name="Data">The JSON data, or an empty string.</param>
internal readonly record struct SocketIoPacket(char Type, string Namespace, long? AckId, string Data)
{
    /// <summary>CONNECT.</summary>
    public const char Connect = '0';

    /// <summary>DISCONNECT.</summary>
    public const char Disconnect = '1';

    /// <summary>EVENT.</summary>
    public const char Event = '2';

    /// <summary>ACK.</summary>
    public const char Ack = '3';

    /// <summary>CONNECT_ERROR.</summary>
    public const char ConnectError = '4';

    /// <summary>The default namespace.</summary>
    public const string DefaultNamespace = "/";

    /// <summary>The refusal python-socketio sends when the connect handler returns False.</summary>
    public const string RejectedPacket = "44{\"message\":\"Connection rejected by server\"}";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses the text after an Engine.IO message's <c>4</c>.</summary>
    public static bool TryParse(string text, out SocketIoPacket packet)
    {
        packet = default;
        if (text.Length == 0 || text[0] < '0' || text[0] > '6')
        {
            return false;
        }

        var index = 1;
        if (text[0] is '5' or '6')
        {
            // Binary packets carry "<attachments>-" first; this server does not reassemble attachments.
            var dash = text.IndexOf('-', index);
            if (dash < 0)
            {
                return false;
            }

            index = dash + 1;
        }

        var ns = DefaultNamespace;
        if (index < text.Length && text[index] == '/')
        {
            var comma = text.IndexOf(',', index);
            var end = comma < 0 ? text.Length : comma;
            ns = text[index..end];
            index = comma < 0 ? text.Length : comma + 1;
        }

        long? ackId = null;
        var digitsStart = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        if (index > digitsStart)
        {
            if (!long.TryParse(text.AsSpan(digitsStart, index - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return false;
            }

            ackId = id;
        }

        packet = new SocketIoPacket(text[0], ns, ackId, text[index..]);
        return true;
    }

    /// <summary>The Engine.IO message for an event: <c>42["eventName",payload]</c>.</summary>
    public static string FormatEvent(string eventName, JsonNode? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("42"u8);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(eventName);
            if (payload is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                payload.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The Engine.IO message accepting a connection: <c>40{"sid":"…"}</c>.</summary>
    public static string FormatConnected(string socketSid) =>
        "40" + new JsonObject { ["sid"] = socketSid }.ToJsonString();

    /// <summary>The Engine.IO message refusing a connection to an unknown namespace.</summary>
    public static string FormatInvalidNamespace(string ns) =>
        "44" + ns + "," + new JsonObject { ["message"] = "Invalid namespace" }.ToJsonString();

    /// <summary>The Engine.IO message acknowledging an event with no arguments: <c>43&lt;id&gt;[]</c>.</summary>
    public static string FormatEmptyAck(long ackId) =>
        "43" + ackId.ToString(CultureInfo.InvariantCulture) + "[]";
}
