using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

public sealed class SocketIoServerPollingTests
{
    [Fact]
    public async Task Polling_HandshakeConnectSubscribeAndEmit_Work()
    {
        await using var host = await SocketTestHost.StartAsync();
        using var http = NewClient(host);

        var open = await http.GetStringAsync("/ws/socket.io/?EIO=4&transport=polling");
        Assert.StartsWith("0{", open);
        var sid = JsonDocument.Parse(open[1..]).RootElement.GetProperty("sid").GetString()!;
        Assert.Equal(0, JsonDocument.Parse(open[1..]).RootElement.GetProperty("upgrades").GetArrayLength());
        var session = $"/ws/socket.io/?EIO=4&transport=polling&sid={Uri.EscapeDataString(sid)}";

        Assert.Equal("ok", await PostAsync(http, session, "40{\"token\":\"alice\"}"));
        Assert.StartsWith("40{\"sid\":", await http.GetStringAsync(session));
        Assert.Equal("ok", await PostAsync(http, session, "421[\"subscribe_queue\",{\"queue_id\":\"default\"}]\u001e422[\"noop\",{}]"));
        Assert.Equal(["431[]", "432[]"], await ReceivePacketsAsync(http, session, 2));
        Assert.Equal(1, host.Server.ConnectedCount);

        await host.Server.EmitAsync("queue_item_status_changed", new JsonObject { ["item_id"] = 1 }, ["default"]);
        await host.Server.EmitAsync("queue_item_status_changed", new JsonObject { ["item_id"] = 2 }, ["default"]);

        Assert.Equal(
            "42[\"queue_item_status_changed\",{\"item_id\":1}]\u001e42[\"queue_item_status_changed\",{\"item_id\":2}]",
            await http.GetStringAsync(session));
    }

    [Fact]
    public async Task Polling_AClientThatStopsAnsweringPings_IsClosed()
    {
        await using var host = await SocketTestHost.StartAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1));
        using var http = NewClient(host);
        var session = await OpenConnectedAsync(http, "alice");

        // Answer two pings, then keep polling without answering: the session must end with a close packet (or, when no
        // poll was waiting at that moment, the next poll finds the session gone).
        var pings = 0;
        var closed = false;
        while (!closed)
        {
            using var response = await http.GetAsync(session);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                break;
            }

            foreach (var packet in (await response.Content.ReadAsStringAsync()).Split('\x1e'))
            {
                closed |= packet == "1";
                if (packet == "2" && ++pings <= 2)
                {
                    Assert.Equal("ok", await PostAsync(http, session, "3"));
                }
            }
        }

        Assert.True(pings >= 3, $"{pings} pings");
        Assert.Equal(0, host.Server.ConnectedCount);
        using var after = await http.GetAsync(session);
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
    }

    [Fact]
    public async Task Polling_DisconnectAll_AbortsTheWaitingPollAndForgetsTheSession()
    {
        await using var host = await SocketTestHost.StartAsync();
        using var http = NewClient(host);
        var session = await OpenConnectedAsync(http, "alice");
        var poll = http.GetAsync(session);

        await host.Server.DisconnectAllAsync(CancellationToken.None);

        // Aborted when it was already waiting, refused as an unknown session when it arrived after the drop.
        Assert.Equal(0, host.Server.ConnectedCount);
        try
        {
            using var response = await poll.WaitAsync(EngineIoTestClient.Timeout);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // The connection was aborted: the drop.
        }

        using var after = await http.GetAsync(session);
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
    }

    /// <summary>Polls until <paramref name="count"/> packets have arrived (the server answers a poll with what it has queued).</summary>
    private static async Task<List<string>> ReceivePacketsAsync(HttpClient http, string session, int count)
    {
        var packets = new List<string>();
        while (packets.Count < count)
        {
            packets.AddRange((await http.GetStringAsync(session)).Split('\x1e'));
        }

        return packets;
    }

    private static HttpClient NewClient(SocketTestHost host) =>
        new() { BaseAddress = host.BaseUri, Timeout = EngineIoTestClient.Timeout };

    private static async Task<string> OpenConnectedAsync(HttpClient http, string token)
    {
        var open = await http.GetStringAsync("/ws/socket.io/?EIO=4&transport=polling");
        var sid = JsonDocument.Parse(open[1..]).RootElement.GetProperty("sid").GetString()!;
        var session = $"/ws/socket.io/?EIO=4&transport=polling&sid={Uri.EscapeDataString(sid)}";
        Assert.Equal("ok", await PostAsync(http, session, "40" + JsonSerializer.Serialize(new { token })));
        while (true)
        {
            // A ping may come first when the ping interval is short; answer it.
            foreach (var packet in (await http.GetStringAsync(session)).Split('\x1e'))
            {
                if (packet == "2")
                {
                    Assert.Equal("ok", await PostAsync(http, session, "3"));
                    continue;
                }

                Assert.StartsWith("40{", packet);
                return session;
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient http, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        using var response = await http.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
