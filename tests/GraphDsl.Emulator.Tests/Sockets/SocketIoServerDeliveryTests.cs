using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

public sealed class SocketIoServerDeliveryTests
{
    [Fact]
    public async Task Emits_ArriveInEmitOrder_Over1000Events()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        for (var i = 0; i < 1000; i++)
        {
            await host.Server.EmitAsync("invocation_progress", new JsonObject { ["status_sequence"] = i }, ["user:alice"]);
        }

        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal($$"""42["invocation_progress",{"status_sequence":{{i}}}]""", await client.ReceiveAsync());
        }
    }

    [Fact]
    public async Task AOneMegabytePayload_ArrivesWhole()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        var dataUrl = "data:image/jpeg;base64," + Convert.ToBase64String(Enumerable.Range(0, 786_432).Select(i => (byte)(i * 31)).ToArray());

        await host.Server.EmitAsync("invocation_progress", new JsonObject { ["image"] = new JsonObject { ["dataURL"] = dataUrl } }, ["admin", "user:alice"]);

        var message = await client.ReceiveAsync();
        Assert.True(message.Length > 1_000_000, $"message of {message.Length} chars");
        Assert.StartsWith("42", message);
        var array = JsonDocument.Parse(message[2..]).RootElement;
        Assert.Equal("invocation_progress", array[0].GetString());
        Assert.Equal(dataUrl, array[1].GetProperty("image").GetProperty("dataURL").GetString());
    }

    [Fact]
    public async Task AClientMessageSpanningManyFrames_IsReadWhole()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        var queueId = new string('q', 300_000);

        await client.SendFramesAsync("""427["subscribe_queue",{"queue_id":" """.TrimEnd() + queueId + "\"}]", frameSize: 4096);
        Assert.Equal("437[]", await client.ReceiveAsync());
        await host.Server.EmitAsync("queue_cleared", new JsonObject { ["n"] = 1 }, [queueId]);

        Assert.Equal("""42["queue_cleared",{"n":1}]""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task AClientMessageOverMaxPayload_DropsTheClient()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        await client.SendFramesAsync("""42["x",{"a":" """.TrimEnd() + new string('a', 1_100_000) + "\"}]", frameSize: 64 * 1024);

        await client.Ended.WaitAsync(EngineIoTestClient.Timeout);
        Assert.Equal(0, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task Payloads_AreWrittenWithoutEscapingBase64OrHtmlCharacters()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");

        await host.Server.EmitAsync("e", new JsonObject { ["s"] = "a+b/c=<é>" }, ["user:alice"]);

        Assert.Equal("""42["e",{"s":"a+b/c=<é>"}]""", await client.ReceiveAsync());
    }
}
