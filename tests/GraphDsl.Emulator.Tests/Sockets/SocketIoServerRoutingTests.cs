using System.Text.Json.Nodes;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

public sealed class SocketIoServerRoutingTests
{
    private static readonly string[] Everyone = ["workflows:shared"];

    [Fact]
    public async Task SubscribeQueue_ThenEmitToQueueRoom_Arrives()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await client.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "default" });

        await host.Server.EmitAsync(
            "queue_item_status_changed", JsonNode.Parse("""{"queue_id":"default","item_id":7,"status":"completed"}""")!, ["default"]);

        Assert.Equal("""42["queue_item_status_changed",{"queue_id":"default","item_id":7,"status":"completed"}]""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task QueueEvents_GoFullToOwnerAndAdmins_AndSanitizedToTheRestOfTheQueueRoom()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var owner = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await using var admin = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "root");
        await using var other = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");
        await using var unsubscribed = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");
        foreach (var client in new[] { owner, admin, other })
        {
            await client.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "default" });
        }

        string[] ownerRooms = ["user:alice", "admin"];
        await host.Server.EmitAsync("queue_item_status_changed", new JsonObject { ["user_id"] = "alice" }, ownerRooms);
        await host.Server.EmitAsync("queue_item_status_changed", new JsonObject { ["user_id"] = "redacted" }, ["default"], ownerRooms);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["queue_item_status_changed",{"user_id":"alice"}]""", await owner.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await owner.ReceiveAsync());
        Assert.Equal("""42["queue_item_status_changed",{"user_id":"alice"}]""", await admin.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await admin.ReceiveAsync());
        Assert.Equal("""42["queue_item_status_changed",{"user_id":"redacted"}]""", await other.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await other.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await unsubscribed.ReceiveAsync());
    }

    [Fact]
    public async Task UserAndAdminRooms_AreJoinedOnConnect_WithoutSubscribing()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var alice = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await using var bob = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");
        await using var root = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "root");

        await host.Server.EmitAsync("invocation_progress", new JsonObject { ["n"] = 1 }, ["user:alice"]);
        await host.Server.EmitAsync("download_started", new JsonObject { ["n"] = 2 }, ["admin"]);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["invocation_progress",{"n":1}]""", await alice.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await alice.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await bob.ReceiveAsync());
        Assert.Equal("""42["download_started",{"n":2}]""", await root.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await root.ReceiveAsync());
    }

    [Fact]
    public async Task ASocketInSeveralTargetRooms_GetsTheEventOnce()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var root = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "root");
        await root.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "default" });

        await host.Server.EmitAsync("batch_enqueued", new JsonObject(), ["user:root", "admin", "default"]);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["batch_enqueued",{}]""", await root.ReceiveAsync());
        Assert.Equal("""42["marker",{}]""", await root.ReceiveAsync());
    }

    [Fact]
    public async Task UnsubscribeQueue_LeavesTheQueueRoom()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");
        await client.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "q1" });
        await client.EmitAndWaitAckAsync("unsubscribe_queue", new { queue_id = "q1" }, ackId: 2);

        await host.Server.EmitAsync("queue_cleared", new JsonObject(), ["q1"]);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["marker",{}]""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task BulkDownloadSubscriptions_JoinAndLeaveTheIdsRoom()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");
        await client.EmitAndWaitAckAsync("subscribe_bulk_download", new { bulk_download_id = "zip-1" });
        await host.Server.EmitAsync("bulk_download_started", new JsonObject { ["n"] = 1 }, ["zip-1"]);
        Assert.Equal("""42["bulk_download_started",{"n":1}]""", await client.ReceiveAsync());

        await client.EmitAndWaitAckAsync("unsubscribe_bulk_download", new { bulk_download_id = "zip-1" }, ackId: 2);
        await host.Server.EmitAsync("bulk_download_complete", new JsonObject(), ["zip-1"]);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["marker",{}]""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task UnknownAndMalformedEvents_AreIgnored()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "bob");

        await client.SendAsync("""42["no_such_event",{"queue_id":"q1"}]""");
        await client.SendAsync("""42["subscribe_queue",{"queue":"q1"}]""");
        await client.SendAsync("42not json");
        await client.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "q2" });
        await host.Server.EmitAsync("first", new JsonObject(), ["q1"]);
        await host.Server.EmitAsync("second", new JsonObject(), ["q2"]);

        Assert.Equal("""42["second",{}]""", await client.ReceiveAsync());
        Assert.Equal(1, host.Server.ConnectedCount);
    }

    [Fact]
    public async Task EventsBeforeConnect_AreDropped()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAsync(host.BaseUri);

        await client.SendAsync("""421["subscribe_queue",{"queue_id":"q1"}]""");
        Assert.StartsWith("40{", await client.ConnectNamespaceAsync("bob"));
        await host.Server.EmitAsync("queue_cleared", new JsonObject(), ["q1"]);
        await host.Server.EmitAsync("marker", new JsonObject(), Everyone);

        Assert.Equal("""42["marker",{}]""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task NamespaceDisconnect_LeavesEveryRoom_AndAllowsConnectingAgainAsSomeoneElse()
    {
        await using var host = await SocketTestHost.StartAsync();
        await using var client = await EngineIoTestClient.ConnectAcceptedAsync(host.BaseUri, "alice");
        await client.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "default" });

        await client.SendAsync("41");
        Assert.StartsWith("40{", await client.ConnectNamespaceAsync("bob"));
        await host.Server.EmitAsync("for_alice", new JsonObject(), ["user:alice", "default"]);
        await host.Server.EmitAsync("for_bob", new JsonObject(), ["user:bob"]);

        Assert.Equal("""42["for_bob",{}]""", await client.ReceiveAsync());
        Assert.Equal(1, host.Server.ConnectedCount);
    }
}
