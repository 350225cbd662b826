using GraphDsl.Client.Sockets;
using Xunit;
using static GraphDsl.Client.Tests.Sockets.PythonServer.RecordedSequenceAssert;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>
/// <see cref="InvokeSocket"/> against the socket.io server InvokeAI runs (python-socketio <c>AsyncServer</c> under uvicorn,
/// path <c>/ws/socket.io</c>, token in the <c>auth</c> payload) replaying a recorded item's event sequence.
/// </summary>
public sealed class InvokeSocketPythonServerTests
{
    [PythonServerFact]
    public async Task With_the_token_it_connects_subscribes_and_receives_the_item_sequence_in_order_and_intact()
    {
        await using var host = await PythonServerHost.CreateAsync();
        var expected = await host.ReadSequenceAsync();
        await host.StartServerAsync();
        await using var socket = new InvokeSocket(Options(host, host.Token));

        await socket.StartAsync(CancellationToken.None).WaitAsync(PythonServerHost.Timeout);
        var connected = await NextAsync(socket);

        Assert.Equal(SocketSignal.Connected, connected.Signal);
        Assert.True(socket.IsConnected);
        await ReceivedInOrderAsync(socket, expected);
    }

    [PythonServerFact]
    public async Task With_a_wrong_token_StartAsync_throws_SocketRefusedException()
    {
        await using var host = await PythonServerHost.CreateAsync();
        await host.StartServerAsync();
        await using var socket = new InvokeSocket(Options(host, "not-" + host.Token));

        var error = await Assert.ThrowsAsync<SocketRefusedException>(
            () => socket.StartAsync(CancellationToken.None).WaitAsync(PythonServerHost.Timeout));
        var refused = await NextAsync(socket);

        Assert.Equal("Connection rejected by server", error.Reason);
        Assert.Equal(SocketSignal.Refused, refused.Signal);
        Assert.False(socket.IsConnected);
    }

    [PythonServerFact]
    public async Task After_the_server_is_killed_and_restarted_on_the_same_port_it_reconnects_resubscribes_and_receives_again()
    {
        await using var host = await PythonServerHost.CreateAsync();
        var expected = await host.ReadSequenceAsync();
        await host.StartServerAsync();
        await using var socket = new InvokeSocket(Options(host, host.Token));
        await socket.StartAsync(CancellationToken.None).WaitAsync(PythonServerHost.Timeout);
        Assert.Equal(SocketSignal.Connected, (await NextAsync(socket)).Signal);
        await ReceivedInOrderAsync(socket, expected);

        await host.KillServerAsync();
        var disconnected = await NextAsync(socket);
        await host.StartServerAsync();
        var reconnected = await NextAsync(socket);

        Assert.Equal(SocketSignal.Disconnected, disconnected.Signal);
        Assert.Equal(SocketSignal.Connected, reconnected.Signal);
        Assert.True(socket.IsConnected);
        await ReceivedInOrderAsync(socket, expected);
    }

    private static InvokeSocketOptions Options(PythonServerHost host, string token) => new()
    {
        BaseAddress = host.BaseAddress,
        TokenProvider = _ => ValueTask.FromResult<string?>(token),
        ReconnectDelayMin = TimeSpan.FromMilliseconds(100),
        ReconnectDelayMax = TimeSpan.FromSeconds(1),
    };
}
