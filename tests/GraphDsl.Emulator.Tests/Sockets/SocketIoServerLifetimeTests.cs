using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

public sealed class SocketIoServerLifetimeTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    // Generous, so a loaded machine's late pong does not drop a client that does answer.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task AnsweringPings_KeepsTheConnection()
    {
        await using var host = await SocketTestHost.StartAsync(pingInterval: Interval, pingTimeout: Timeout);
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        // Ten pings span well over pingInterval + pingTimeout.
        await client.WaitForPingsAsync(10);
        await host.Server.EmitAsync("still_here", new JsonObject(), ["user:alice"]);

        Assert.Equal("""42["still_here",{}]""", await client.ReceiveAsync());
        Assert.False(client.Ended.IsCompleted);
        Assert.Equal(1, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task AClientThatStopsAnsweringPings_IsClosedByTheServer()
    {
        await using var host = await SocketTestHost.StartAsync(pingInterval: Interval, pingTimeout: Timeout);
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await client.WaitForPingsAsync(2);

        client.AnswerPings = false;
        var end = await client.Ended.WaitAsync(EngineIoTestClient.Timeout);

        Assert.True(end.ClosedByFrame, $"expected a close frame, got {end.Error}");
        Assert.Equal("ping timeout", end.Description);
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task DisconnectAll_DropsEveryClientWithoutADisconnectPacket_AndNewClientsCanConnect()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var first = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await using var second = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "root");
        Assert.Equal(2, host.Server.ConnectedCount);

        await host.Server.DisconnectAllAsync(CancellationToken.None);

        foreach (var client in new[] { first, second })
        {
            var end = await client.Ended.WaitAsync(EngineIoTestClient.Timeout);
            Assert.False(end.ClosedByFrame, "an abrupt drop has no close frame");
            await Assert.ThrowsAsync<InvalidOperationException>(client.ReceiveAsync);
        }

        Assert.Equal(0, host.Server.ConnectedCount);
        await using var again = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        Assert.Equal(1, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task AClientClose_IsAnsweredWithACloseFrame()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        await client.CloseAsync();

        var end = await client.Ended;
        Assert.True(end.ClosedByFrame);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, end.CloseStatus);
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task AnEngineIoClosePacket_ClosesTheWebSocket()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        await client.SendAsync("1");

        var end = await client.Ended.WaitAsync(EngineIoTestClient.Timeout);
        Assert.True(end.ClosedByFrame);
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task Dispose_ClosesEverySocketAsGoingAway()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        await host.Server.DisposeAsync();

        var end = await client.Ended.WaitAsync(EngineIoTestClient.Timeout);
        Assert.True(end.ClosedByFrame);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, end.CloseStatus);
        Assert.Equal(0, host.Server.ConnectedCount);
    }
}
