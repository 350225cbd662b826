using System.Text.Json;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>One event of the script's recorded sequence, as the script itself serializes it.</summary>
/// <param name="Name">The socket.io event name.</param>
/// <param name="Payload">The payload (owns its memory).</param>
internal sealed record RecordedEvent(string Name, JsonElement Payload);
