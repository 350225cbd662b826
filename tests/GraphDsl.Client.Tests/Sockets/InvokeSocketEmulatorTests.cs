using GraphDsl.Client.Sockets;
using GraphDsl.Emulator;
using Xunit;
using static GraphDsl.Client.Tests.Sockets.SocketTestHelpers;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary><see cref="InvokeSocket"/> against the emulator: events in order, and resubscribing after drops and restarts.</summary>
public sealed class InvokeSocketEmulatorTests
{
    [Fact]
    public async Task Connected_comes_first_then_the_items_status_events_in_order()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });

        await socket.StartAsync(CancellationToken.None);
        var first = await NextAsync(socket);
        var itemId = await EnqueueAsync(server);
        var messages = await ReadUntilAsync(socket, m => IsStatus(m, itemId, "completed"));

        Assert.True(socket.IsConnected);
        Assert.Equal(SocketSignal.Connected, first.Signal);
        Assert.All(messages, m => Assert.Equal(SocketSignal.Event, m.Signal));
        var statuses = messages.Where(m => IsStatus(m, itemId)).ToList();
        Assert.Equal(["in_progress", "completed"], statuses.Select(m => m.Payload.GetProperty("status").GetString()));
        var sequences = statuses.Select(m => m.Payload.GetProperty("status_sequence").GetInt32()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Contains(messages, m => m.EventName == "invocation_complete");
    }

    [Fact]
    public async Task Dropped_sockets_reconnect_and_resubscribe()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });
        await socket.StartAsync(CancellationToken.None);
        Assert.Equal(SocketSignal.Connected, (await NextAsync(socket)).Signal);

        await server.DropSocketsAsync();
        var dropped = await NextAsync(socket);
        var reconnected = await NextAsync(socket);
        var statuses = await RunItemAsync(socket, server);

        Assert.Equal(SocketSignal.Disconnected, dropped.Signal);
        Assert.False(string.IsNullOrEmpty(dropped.Reason));
        Assert.Equal(SocketSignal.Connected, reconnected.Signal);
        Assert.Equal(["in_progress", "completed"], statuses);
    }

    [Fact]
    public async Task A_server_restart_is_a_disconnect_then_a_connect_with_events_flowing_again()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = server.BaseAddress });
        await socket.StartAsync(CancellationToken.None);
        Assert.Equal(SocketSignal.Connected, (await NextAsync(socket)).Signal);

        await server.RestartAsync();
        var dropped = await NextAsync(socket);
        var reconnected = await NextAsync(socket);
        var statuses = await RunItemAsync(socket, server);

        Assert.Equal(SocketSignal.Disconnected, dropped.Signal);
        Assert.Equal(SocketSignal.Connected, reconnected.Signal);
        Assert.Equal(["in_progress", "completed"], statuses);
    }
}
