using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Faults;
using GraphDsl.Emulator.Tests.Execution;
using GraphDsl.Emulator.Tests.Infrastructure;
using GraphDsl.Emulator.Tests.Sockets;
using Xunit;

namespace GraphDsl.Emulator.Tests.EndToEnd;

/// <summary>The queue's socket.io events over a real websocket (protocol §4): order, payloads valid against the 6.14 <c>*Event</c> schemas, routing.</summary>
public sealed class SocketEventsTests
{
    private static readonly Dictionary<string, string> EventSchemas = new()
    {
        ["queue_item_status_changed"] = "QueueItemStatusChangedEvent",
        ["batch_enqueued"] = "BatchEnqueuedEvent",
        ["invocation_started"] = "InvocationStartedEvent",
        ["invocation_progress"] = "InvocationProgressEvent",
        ["invocation_complete"] = "InvocationCompleteEvent",
        ["invocation_error"] = "InvocationErrorEvent",
        ["queue_items_canceled"] = "QueueItemsCanceledEvent",
    };

    [Fact]
    public async Task A_completed_item_sends_its_events_in_the_servers_order()
    {
        await using var client = await EmulatorClient.StartAsync();
        await using var socket = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);

        await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph()));
        var events = await ReadUntilAsync(socket, e => IsStatus(e, "completed"));

        Assert.Equal(
            ["batch_enqueued", "queue_item_status_changed:in_progress", "invocation_started", "invocation_complete", "queue_item_status_changed:completed"],
            events.Select(Describe));
        var complete = events.Single(e => e.Name == "invocation_complete").Payload;
        Assert.Equal("add-node", (string?)complete["invocation_source_id"]);
        Assert.Equal(5, (long)complete["result"]!["value"]!);
        var sequences = events.Where(e => e.Name == "queue_item_status_changed").Select(e => (int)e.Payload["status_sequence"]!).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    [Fact]
    public async Task A_failed_item_sends_the_failed_status_before_invocation_error()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeFailures["add"] = new EmulatedFailure("RuntimeError", "boom");
        await using var client = await EmulatorClient.StartAsync(options);
        await using var socket = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);

        await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph()));
        var events = await ReadUntilAsync(socket, e => e.Name == "invocation_error");

        Assert.Equal(
            ["batch_enqueued", "queue_item_status_changed:in_progress", "invocation_started", "queue_item_status_changed:failed", "invocation_error"],
            events.Select(Describe));
        var error = events[^1].Payload;
        Assert.Equal(("RuntimeError", "boom"), ((string?)error["error_type"], (string?)error["error_message"]));
        Assert.Equal("RuntimeError", (string?)events[^2].Payload["error_type"]);
    }

    [Fact]
    public async Task Step_nodes_report_progress_with_a_percentage_and_a_preview_image()
    {
        await using var client = await EmulatorClient.StartAsync(new EmulatorOptions { ProgressSteps = 3 });
        await using var socket = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);
        var graph = CapturedItems.Load("call-wf-sdxl-text-to-image.json")["session"]!["graph"]!.DeepClone().AsObject();

        await client.EnqueueAsync(EmulatorClient.Batch(graph));
        var events = await ReadUntilAsync(socket, e => IsStatus(e, "completed"));

        var progress = events.Where(e => e.Name == "invocation_progress").Select(e => e.Payload).ToList();
        Assert.Equal(3, progress.Count);
        Assert.Equal([1.0 / 3, 2.0 / 3, 1.0], progress.Select(p => (double)p["percentage"]!), new ToleranceComparer());
        Assert.All(progress, p => Assert.StartsWith("data:image/", (string?)p["image"]!["dataURL"]));
        var denoise = events.Single(e => e.Name == "invocation_started" && e.Payload["invocation"]!["type"]!.GetValue<string>() == "denoise_latents");
        Assert.True(events.IndexOf(denoise) < events.FindIndex(e => e.Name == "invocation_progress"));
    }

    [Fact]
    public async Task Canceling_pending_items_by_batch_sends_one_bulk_event()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["blocker"] = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        var blocker = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(nodeId: "blocker"))))["item_ids"]![0]!;
        await client.WaitForStatusAsync(blocker, "in_progress");
        await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), runs: 2, batchId: "to-cancel"));
        await using var socket = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);

        using var response = await client.PutJsonAsync("api/v1/queue/default/cancel_by_batch_ids", new JsonObject { ["batch_ids"] = new JsonArray("to-cancel") });
        var canceled = (await ReadUntilAsync(socket, e => e.Name == "queue_items_canceled"))[^1].Payload;

        Assert.Equal(2, (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["canceled"]!);
        Assert.Equal(2, canceled["canceled_item_ids"]!.AsArray().Count);
        Assert.Equal("""["system"]""", canceled["user_ids"]!.ToJsonString());
    }

    [Fact]
    public async Task Another_users_socket_gets_only_sanitized_status_events()
    {
        var options = new EmulatorOptions { MultiUser = true };
        options.Users.Add(new Auth.EmulatorAccount("alice@example.com", "alice-pw"));
        options.Users.Add(new Auth.EmulatorAccount("bob@example.com", "bob-pw"));
        await using var client = await EmulatorClient.StartAsync(options);
        var alice = await LoginAsync(client, "alice@example.com", "alice-pw");
        var bob = await LoginAsync(client, "bob@example.com", "bob-pw");
        await using var aliceSocket = await SubscribedSocketAsync(client.Server.BaseAddress, alice);
        await using var bobSocket = await SubscribedSocketAsync(client.Server.BaseAddress, bob);

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/queue/default/enqueue_batch")
        {
            Content = JsonContent.Create(EmulatorClient.Batch(EmulatorClient.AddGraph())),
        };
        request.Headers.Authorization = new("Bearer", alice);
        using var enqueued = await client.Http.SendAsync(request);
        enqueued.EnsureSuccessStatusCode();
        var aliceEvents = await ReadUntilAsync(aliceSocket, e => IsStatus(e, "completed"));
        var bobEvents = await ReadUntilAsync(bobSocket, e => IsStatus(e, "completed"));

        Assert.Contains(aliceEvents, e => e.Name == "invocation_complete");
        Assert.DoesNotContain(bobEvents, e => e.Name.StartsWith("invocation_", StringComparison.Ordinal));
        Assert.All(bobEvents, e => Assert.Equal("redacted", (string?)e.Payload["user_id"]));
        Assert.All(bobEvents.Where(e => e.Name == "queue_item_status_changed"), e => Assert.Null(e.Payload["queue_status"]!["item_id"]));
        Assert.All(aliceEvents, e => Assert.NotEqual("redacted", (string?)e.Payload["user_id"]));
    }

    private sealed record SocketEvent(string Name, JsonObject Payload);

    private static async Task<EngineIoTestClient> SubscribedSocketAsync(Uri baseAddress, string? token)
    {
        var socket = await EngineIoTestClient.ConnectAsync(baseAddress);
        Assert.StartsWith("40{", await socket.ConnectNamespaceAsync(token));
        await socket.EmitAndWaitAckAsync("subscribe_queue", new { queue_id = "default" });
        return socket;
    }

    /// <summary>Events up to and including the first that matches; every payload validated against its 6.14 schema.</summary>
    private static async Task<List<SocketEvent>> ReadUntilAsync(EngineIoTestClient socket, Func<SocketEvent, bool> last)
    {
        var events = new List<SocketEvent>();
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (!message.StartsWith("42[", StringComparison.Ordinal))
                continue;
            var array = JsonNode.Parse(message[2..])!.AsArray();
            var e = new SocketEvent((string)array[0]!, array[1]!.AsObject());
            if (EventSchemas.TryGetValue(e.Name, out var schema))
                OpenApiOracle.V614.AssertValid(e.Payload, schema);
            events.Add(e);
            if (last(e))
                return events;
        }
    }

    private static bool IsStatus(SocketEvent e, string status) => e.Name == "queue_item_status_changed" && (string?)e.Payload["status"] == status;

    private static string Describe(SocketEvent e) => e.Name == "queue_item_status_changed" ? $"{e.Name}:{e.Payload["status"]}" : e.Name;

    private static async Task<string> LoginAsync(EmulatorClient client, string email, string password)
    {
        using var response = await client.PostJsonAsync("api/v1/auth/login", new JsonObject { ["email"] = email, ["password"] = password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public async Task Dropped_sockets_end_without_a_disconnect_packet_and_a_new_socket_gets_the_next_events()
    {
        await using var client = await EmulatorClient.StartAsync();
        await using var first = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);

        await client.Server.DropSocketsAsync();
        var end = await first.Ended.WaitAsync(EngineIoTestClient.Timeout);
        await using var second = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);
        await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph()));

        Assert.False(end.ClosedByFrame, $"the socket was closed politely: {end}");
        Assert.Contains(await ReadUntilAsync(second, e => IsStatus(e, "completed")), e => e.Name == "invocation_complete");
    }

    [Fact]
    public async Task Slow_progress_pauses_between_steps_and_a_cancel_stops_the_node_mid_way()
    {
        var options = new EmulatorOptions { ProgressSteps = 3 };
        options.Faults.ProgressStepDelay = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        await using var socket = await SubscribedSocketAsync(client.Server.BaseAddress, token: null);
        var graph = CapturedItems.Load("call-wf-sdxl-text-to-image.json")["session"]!["graph"]!.DeepClone().AsObject();
        var id = (long)(await client.EnqueueAsync(EmulatorClient.Batch(graph)))["item_ids"]![0]!;

        var untilProgress = await ReadUntilAsync(socket, e => e.Name == "invocation_progress");
        using var cancel = await client.Http.PutAsync($"api/v1/queue/default/i/{id}/cancel", null);
        var rest = await ReadUntilAsync(socket, e => e.Name == "queue_item_status_changed");

        Assert.Single(untilProgress, e => e.Name == "invocation_progress");
        Assert.Equal("canceled", (string?)rest[^1].Payload["status"]);
        Assert.DoesNotContain(rest, e => e.Name is "invocation_progress" or "invocation_complete");
        var item = await client.WaitForTerminalAsync(id);
        Assert.Equal("canceled", (string?)item["status"]);
    }
}
