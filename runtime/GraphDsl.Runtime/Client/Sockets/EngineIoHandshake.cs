using System.IO;
using System.Text.Json;

namespace GraphDsl.Client.Sockets;

/// <summary>The Engine.IO v4 open packet's data: <c>0{"sid","pingInterval","pingTimeout","maxPayload"}</c>.</summary>
/// <param name="Sid">The Engine.IO session id.</param>
/// <param name="PingInterval">How often the server pings.</param>
/// <param name="PingTimeout">How long past the interval the server may be late before the connection counts as dead.</param>
/// <param name="MaxPayload">The largest message the server accepts, in bytes.</param>
internal sealed record EngineIoHandshake(string Sid, TimeSpan PingInterval, TimeSpan PingTimeout, long MaxPayload)
{
    /// <summary>No ping within this window means the server is gone.</summary>
    public TimeSpan PingWindow => PingInterval + PingTimeout;

    /// <summary>Parses the JSON after the <c>0</c>.</summary>
    /// <exception cref="InvalidDataException">The data is not an open packet.</exception>
    public static EngineIoHandshake Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new EngineIoHandshake(
                root.GetProperty("sid").GetString() ?? throw new InvalidDataException("The Engine.IO open packet has a null sid."),
                TimeSpan.FromMilliseconds(root.GetProperty("pingInterval").GetDouble()),
                TimeSpan.FromMilliseconds(root.GetProperty("pingTimeout").GetDouble()),
                root.TryGetProperty("maxPayload", out var max) && max.ValueKind == JsonValueKind.Number ? max.GetInt64() : 1_000_000);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException("The server sent a malformed Engine.IO open packet.", ex);
        }
    }
}
