using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

/// <summary>
/// A raw Engine.IO v4 / Socket.IO v5 websocket client, framing by hand: records every text message, answers pings
/// (unless told not to), and reports how the connection ended.
/// </summary>
internal sealed class EngineIoTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket;
    private readonly Channel<string> messages = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource<ClientEnd> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly Task readLoop;
    private TaskCompletionSource<int>? pingTarget;
    private int pingTargetCount;
    private int pings;

    private EngineIoTestClient(ClientWebSocket socket, bool answerPings)
    {
        this.socket = socket;
        AnswerPings = answerPings;
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Whether pings are answered with pongs.</summary>
    public bool AnswerPings { get; set; }

    /// <summary>Pings received so far.</summary>
    public int Pings => Volatile.Read(ref pings);

    /// <summary>Completes when the connection ends, with how it ended.</summary>
    public Task<ClientEnd> Ended => ended.Task;

    /// <summary>The open packet's JSON.</summary>
    public JsonElement Open { get; private set; }

    public static async Task<EngineIoTestClient> ConnectAsync(
        Uri baseUri, string? authorization = null, bool answerPings = true, string path = "/ws/socket.io/")
    {
        var socket = new ClientWebSocket();
        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        var uri = new UriBuilder(baseUri) { Scheme = "ws", Path = path, Query = "EIO=4&transport=websocket" }.Uri;
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(uri, timeout.Token);
        var client = new EngineIoTestClient(socket, answerPings);
        var open = await client.ReceiveAsync();
        Assert.StartsWith("0{", open);
        client.Open = JsonDocument.Parse(open[1..]).RootElement.Clone();
        return client;
    }

    /// <summary>Opens a client and connects it to the default namespace; asserts the server accepted.</summary>
    public static async Task<EngineIoTestClient> ConnectAcceptedAsync(Uri baseUri, string token)
    {
        var client = await ConnectAsync(baseUri);
        var reply = await client.ConnectNamespaceAsync(token);
        Assert.StartsWith("40{", reply);
        return client;
    }

    /// <summary>Sends <c>40{"token":…}</c> (or <c>40</c>) and returns the server's reply.</summary>
    public async Task<string> ConnectNamespaceAsync(string? token)
    {
        await SendAsync(token is null ? "40" : "40" + JsonSerializer.Serialize(new { token }));
        return await ReceiveAsync();
    }

    /// <summary>Emits an event with an ack id and waits for the server's ack, so the event has been handled.</summary>
    public async Task EmitAndWaitAckAsync(string eventName, object payload, int ackId = 1)
    {
        await SendAsync($"42{ackId}" + JsonSerializer.Serialize(new object[] { eventName, payload }));
        Assert.Equal($"43{ackId}[]", await ReceiveAsync());
    }

    /// <summary>Sends one text message.</summary>
    public async Task SendAsync(string text)
    {
        await SendFramesAsync(text, int.MaxValue);
    }

    /// <summary>Sends one text message split into frames of at most <paramref name="frameSize"/> bytes.</summary>
    public async Task SendFramesAsync(string text, int frameSize)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await sendLock.WaitAsync();
        try
        {
            using var timeout = new CancellationTokenSource(Timeout);
            var offset = 0;
            do
            {
                var count = Math.Min(frameSize, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, timeout.Token);
                offset += count;
            }
            while (offset < bytes.Length);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>The next text message other than a ping, within <see cref="Timeout"/>.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            return await messages.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The connection ended before the next message: " + await Ended);
        }
    }

    /// <summary>Completes when at least <paramref name="count"/> pings have arrived.</summary>
    public Task WaitForPingsAsync(int count)
    {
        var target = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref pingTargetCount, count);
        Volatile.Write(ref pingTarget, target);
        if (Pings >= count)
        {
            target.TrySetResult(Pings);
        }

        return target.Task.WaitAsync(Timeout);
    }

    /// <summary>Sends the Socket.IO disconnect and a close frame, as a well-behaved client does.</summary>
    public async Task CloseAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await SendAsync("41");
            using var timeout = new CancellationTokenSource(Timeout);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        await Ended.WaitAsync(Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        socket.Abort();
        try
        {
            await readLoop;
        }
        catch (OperationCanceledException)
        {
        }

        socket.Dispose();
        stop.Dispose();
        sendLock.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            while (true)
            {
                buffer.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(chunk, stop.Token);
                    buffer.Write(chunk, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ended.TrySetResult(new ClientEnd(result.CloseStatus, result.CloseStatusDescription, null));
                    return;
                }

                var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                if (text == "2")
                {
                    var count = Interlocked.Increment(ref pings);
                    if (AnswerPings)
                    {
                        await SendAsync("3");
                    }

                    if (count >= Volatile.Read(ref pingTargetCount))
                    {
                        Volatile.Read(ref pingTarget)?.TrySetResult(count);
                    }

                    continue;
                }

                messages.Writer.TryWrite(text);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            ended.TrySetResult(new ClientEnd(null, null, ex));
        }
        finally
        {
            messages.Writer.TryComplete();
        }
    }
}

/// <summary>How a test client's connection ended: a close frame (with its status) or a transport failure.</summary>
internal sealed record ClientEnd(WebSocketCloseStatus? CloseStatus, string? Description, Exception? Error)
{
    public bool ClosedByFrame => Error is null;
}
