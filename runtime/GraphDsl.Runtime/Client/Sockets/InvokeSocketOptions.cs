using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Client.Sockets;

/// <summary>Where and how an <see cref="InvokeSocket"/> connects to an InvokeAI server's socket.io endpoint.</summary>
internal sealed class InvokeSocketOptions
{
    /// <summary>The server root, e.g. <c>http://127.0.0.1:9090/</c>; <c>http</c> becomes <c>ws</c> and <c>https</c> becomes <c>wss</c>.</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The socket.io path, appended to the path of <see cref="BaseAddress"/>.</summary>
    public string Path { get; init; } = "/ws/socket.io/";

    /// <summary>The queue subscribed to (<c>subscribe_queue {"queue_id": …}</c>) after every connect.</summary>
    public string QueueId { get; init; } = "default";

    /// <summary>Supplies the <c>auth</c> payload token at each connect; <see langword="null"/> (or a null token) sends no auth payload.</summary>
    public Func<CancellationToken, ValueTask<string?>>? TokenProvider { get; init; }

    /// <summary>How long one connect attempt (and <see cref="InvokeSocket.StartAsync"/>) may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The shortest delay before a reconnect attempt.</summary>
    public TimeSpan ReconnectDelayMin { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay before a reconnect attempt; delays grow exponentially, with jitter, up to it.</summary>
    public TimeSpan ReconnectDelayMax { get; init; } = TimeSpan.FromSeconds(10);
}
