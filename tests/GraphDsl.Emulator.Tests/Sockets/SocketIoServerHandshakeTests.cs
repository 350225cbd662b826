using System.Net;
using System.Text.Json;
using GraphDsl.Emulator.Sockets;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

public sealed class SocketIoServerHandshakeTests
{
    [Fact]
    public async Task Handshake_SendsOpenPacketWithSessionAndHeartbeat()
    {
        await using var host = await SocketTestHost.StartAsync(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3));
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri);

        Assert.False(string.IsNullOrEmpty(client.Open.GetProperty("sid").GetString()));
        Assert.Equal(0, client.Open.GetProperty("upgrades").GetArrayLength());
        Assert.Equal(7000, client.Open.GetProperty("pingInterval").GetInt32());
        Assert.Equal(3000, client.Open.GetProperty("pingTimeout").GetInt32());
        Assert.Equal(1_000_000, client.Open.GetProperty("maxPayload").GetInt32());
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Theory]
    [InlineData("/ws/socket.io/", false)]
    [InlineData("/ws/socket.io", false)]
    [InlineData("/ws/socket.io/", true)]
    public async Task Connect_WithAcceptedToken_RepliesWithSocketSid(string path, bool useWebSocketMiddleware)
    {
        await using var host = await SocketTestHost.StartAsync(useWebSocketMiddleware: useWebSocketMiddleware);
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri, path: path);

        var reply = await client.ConnectNamespaceAsync("alice");

        Assert.StartsWith("40{", reply);
        var sid = JsonDocument.Parse(reply[2..]).RootElement.GetProperty("sid").GetString();
        Assert.False(string.IsNullOrEmpty(sid));
        Assert.NotEqual(client.Open.GetProperty("sid").GetString(), sid);
        Assert.Equal(1, host.Server.ConnectedCount);
        Assert.Equal(new SocketConnectRequest("alice", null), Assert.Single(host.ConnectRequests));
    }

    [Fact]
    public async Task Connect_WithBearerHeaderAndNoAuthPayload_PassesTheHeader()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri, authorization: "Bearer root");

        var reply = await client.ConnectNamespaceAsync(token: null);

        Assert.StartsWith("40{\"sid\":", reply);
        var request = Assert.Single(host.ConnectRequests);
        Assert.Null(request.Token);
        Assert.Equal("Bearer root", request.Authorization);
        Assert.Equal("root", request.ResolvedToken);
    }

    [Fact]
    public async Task Connect_Refused_RepliesConnectErrorLikePythonSocketIo()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri);

        var reply = await client.ConnectNamespaceAsync("not-a-user");

        Assert.Equal("44{\"message\":\"Connection rejected by server\"}", reply);
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task Connect_ToAnotherNamespace_IsRefused()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri);

        await client.SendAsync("40/admin,{\"token\":\"root\"}");

        Assert.Equal("44/admin,{\"message\":\"Invalid namespace\"}", await client.ReceiveAsync());
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Theory]
    [InlineData("?EIO=3&transport=websocket", "{\"code\":5,\"message\":\"Unsupported protocol version\"}")]
    [InlineData("?EIO=4&transport=carrier-pigeon", "{\"code\":0,\"message\":\"Transport unknown\"}")]
    [InlineData("?EIO=4&transport=polling&sid=nope", "{\"code\":1,\"message\":\"Session ID unknown\"}")]
    public async Task BadRequests_GetEngineIoErrors(string query, string body)
    {
        await using var host = await SocketTestHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await http.GetAsync("/ws/socket.io/" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
