using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Sockets;

/// <summary>Engine.IO v4 packet types and the few packets the server composes itself.</summary>
internal static class EngineIoPackets
{
    /// <summary>Opens a session: <c>0{…}</c>.</summary>
    public const char Open = '0';

    /// <summary>Closes a session: <c>1</c>.</summary>
    public const char Close = '1';

    /// <summary>A ping (server to client in v4): <c>2</c>.</summary>
    public const char Ping = '2';

    /// <summary>A pong: <c>3</c>.</summary>
    public const char Pong = '3';

    /// <summary>A message; Socket.IO packets ride in these: <c>4…</c>.</summary>
    public const char Message = '4';

    /// <summary>An upgrade (not offered by this server): <c>5</c>.</summary>
    public const char Upgrade = '5';

    /// <summary>A no-op (polling): <c>6</c>.</summary>
    public const char Noop = '6';

    /// <summary>Separates packets in a long-polling payload.</summary>
    public const char RecordSeparator = '\x1e';

    /// <summary>The close packet as text.</summary>
    public const string ClosePacket = "1";

    /// <summary>The ping packet as text.</summary>
    public const string PingPacket = "2";

    /// <summary>A new random session id, URL-safe, like python-engineio's.</summary>
    public static string NewSid() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(15));

    /// <summary>The open packet: <c>0{"sid","upgrades":[],"pingInterval","pingTimeout","maxPayload"}</c>.</summary>
    public static string FormatOpen(string sid, TimeSpan pingInterval, TimeSpan pingTimeout, int maxPayload)
    {
        var body = new JsonObject
        {
            ["sid"] = sid,
            ["upgrades"] = new JsonArray(),
            ["pingInterval"] = (long)pingInterval.TotalMilliseconds,
            ["pingTimeout"] = (long)pingTimeout.TotalMilliseconds,
            ["maxPayload"] = maxPayload,
        };
        return Open + body.ToJsonString();
    }
}
