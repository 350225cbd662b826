using GraphDsl.Client.Sockets;
using Xunit;
using static GraphDsl.Client.Tests.Sockets.SocketTestHelpers;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary><see cref="InvokeSocket"/> against a scripted server: ping timeout, token refresh, framing, large payloads, dispose.</summary>
public sealed class InvokeSocketFakeServerTests
{
    private const int Long = 60_000;

    [Fact]
    public async Task A_server_that_never_pings_is_detected_as_dead_and_reconnected()
    {
        await using var server = await FakeSocketServer.StartAsync(pingIntervalMs: 200, pingTimeoutMs: 200);
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });

        await socket.StartAsync(CancellationToken.None);
        var connected = await NextAsync(socket);
        var dropped = await NextAsync(socket);
        var reconnected = await NextAsync(socket);

        Assert.Equal(SocketSignal.Connected, connected.Signal);
        Assert.Equal(SocketSignal.Disconnected, dropped.Signal);
        Assert.Contains("ping timeout", dropped.Reason);
        Assert.Equal(SocketSignal.Connected, reconnected.Signal);
    }

    [Fact]
    public async Task Each_connect_reads_the_token_again_and_subscribes_only_after_acceptance()
    {
        await using var server = await FakeSocketServer.StartAsync(pingIntervalMs: 200, pingTimeoutMs: 200);
        var calls = 0;
        await using var socket = new InvokeSocket(new InvokeSocketOptions
        {
            BaseAddress = server.BaseAddress,
            QueueId = "q-1",
            TokenProvider = _ => ValueTask.FromResult<string?>($"token-{Interlocked.Increment(ref calls)}"),
        });

        await socket.StartAsync(CancellationToken.None);
        var sent = new List<string>();
        for (var i = 0; i < 4; i++)
            sent.Add(await NextAsync(server.Received));

        Assert.Equal(
            ["""40{"token":"token-1"}""", """421["subscribe_queue",{"queue_id":"q-1"}]""", """40{"token":"token-2"}""", """421["subscribe_queue",{"queue_id":"q-1"}]"""],
            sent);
    }

    [Fact]
    public async Task A_connection_whose_subscription_is_never_acknowledged_does_not_count_as_connected()
    {
        await using var server = await FakeSocketServer.StartAsync(Long, Long);
        server.AcknowledgeSubscriptions = false;
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress, ConnectTimeout = TimeSpan.FromMilliseconds(300) });

        await Assert.ThrowsAsync<TimeoutException>(() => socket.StartAsync(CancellationToken.None));

        Assert.StartsWith("40", await NextAsync(server.Received));
        Assert.StartsWith("421[\"subscribe_queue\"", await NextAsync(server.Received));
        Assert.False(socket.IsConnected);
    }

    [Fact]
    public async Task Events_sent_before_the_acknowledgement_come_after_the_connected_signal_in_order()
    {
        await using var server = await FakeSocketServer.StartAsync(Long, Long, """42["early",{"n":1}]""");
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });

        await socket.StartAsync(CancellationToken.None);
        var messages = await ReadUntilAsync(socket, m => m.EventName == "early");

        Assert.Equal([SocketSignal.Connected, SocketSignal.Event], messages.Select(m => m.Signal));
    }

    [Fact]
    public async Task A_one_megabyte_event_spanning_many_frames_arrives_whole_and_stays_valid()
    {
        var big = new string('x', 1 << 20);
        await using var server = await FakeSocketServer.StartAsync(Long, Long, $$"""42["big",{"data":"{{big}}"}]""", """42["small",{"n":1}]""");
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });

        await socket.StartAsync(CancellationToken.None);
        var messages = await ReadUntilAsync(socket, m => m.EventName == "small");

        Assert.Equal([SocketSignal.Connected, SocketSignal.Event, SocketSignal.Event], messages.Select(m => m.Signal));
        Assert.Equal("big", messages[1].EventName);
        Assert.Equal(big, messages[1].Payload.GetProperty("data").GetString());
        Assert.Equal(1, messages[2].Payload.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Events_with_an_ack_id_or_no_payload_are_read()
    {
        await using var server = await FakeSocketServer.StartAsync(Long, Long, """427["with_ack",{"a":1}]""", """42["bare"]""", """42/other,["elsewhere",{}]""", """42["last",2]""");
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });

        await socket.StartAsync(CancellationToken.None);
        var messages = await ReadUntilAsync(socket, m => m.EventName == "last");

        Assert.Equal([null, "with_ack", "bare", "last"], messages.Select(m => m.EventName));
        Assert.Equal(1, messages[1].Payload.GetProperty("a").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, messages[2].Payload.ValueKind);
    }

    [Fact]
    public async Task Dispose_sends_41_and_completes_the_messages()
    {
        await using var server = await FakeSocketServer.StartAsync(Long, Long);
        var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });
        await socket.StartAsync(CancellationToken.None);
        Assert.Equal(SocketSignal.Connected, (await NextAsync(socket)).Signal);

        await socket.DisposeAsync();
        var remaining = await socket.Messages.ReadAllAsync().ToListAsync().AsTask().WaitAsync(WaitLimit);
        var sent = new List<string>();
        for (var i = 0; i < 3; i++)
            sent.Add(await NextAsync(server.Received));

        Assert.Equal("41", sent[2]);
        Assert.True(socket.Messages.Completion.IsCompleted);
        Assert.Equal([SocketSignal.Disconnected], remaining.Select(m => m.Signal));
        Assert.False(socket.IsConnected);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => socket.StartAsync(CancellationToken.None));
    }
}
