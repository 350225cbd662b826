using Xunit;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphDsl.Emulator.Faults;
using GraphDsl.Emulator.Tests.Infrastructure;

namespace GraphDsl.Emulator.Tests.EndToEnd;

/// <summary>The queue routes against the protocol (§1, §3): shapes validated against the 6.14 schema, statuses, ordering.</summary>
public sealed class QueueApiTests
{
    private static readonly Regex SqliteTimestamp = new(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$");

    [Fact]
    public async Task Enqueue_answers_200_with_item_ids_newest_first_and_every_item_runs_in_fifo_order()
    {
        await using var client = await EmulatorClient.StartAsync();

        var result = await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), runs: 3, batchId: "b1"));

        OpenApiOracle.V614.AssertValid(result, "EnqueueBatchResult");
        Assert.Equal(3, (int)result["enqueued"]!);
        Assert.Equal(3, (int)result["requested"]!);
        Assert.Equal("b1", (string?)result["batch"]!["batch_id"]);
        var ids = result["item_ids"]!.AsArray().Select(id => (long)id!).ToList();
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        var items = new List<JsonObject>();
        foreach (var id in ids.Order())
            items.Add(await client.WaitForTerminalAsync(id));
        Assert.All(items, item => Assert.Equal("completed", (string?)item["status"]));
        var started = items.Select(i => (string)i["started_at"]!).ToList();
        Assert.Equal(started.Order(StringComparer.Ordinal), started);
    }

    [Fact]
    public async Task A_completed_item_omits_nulls_uses_sqlite_timestamps_and_matches_the_schema()
    {
        await using var client = await EmulatorClient.StartAsync();
        var id = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph())))["item_ids"]![0]!;

        var item = await client.WaitForTerminalAsync(id);

        OpenApiOracle.V614.AssertValid(item, "SessionQueueItem");
        Assert.Equal("completed", (string?)item["status"]);
        Assert.False(item.ContainsKey("error_type"));
        Assert.False(item.ContainsKey("error_message"));
        foreach (var name in new[] { "created_at", "updated_at", "started_at", "completed_at" })
            Assert.Matches(SqliteTimestamp, (string)item[name]!);
        Assert.True((int)item["status_sequence"]! >= 2);
    }

    [Fact]
    public async Task Enqueue_beyond_max_queue_size_is_truncated_silently()
    {
        var options = new EmulatorOptions { MaxQueueSize = 2 };
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5); // keeps the first item in progress
        await using var client = await EmulatorClient.StartAsync(options);

        var result = await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), runs: 5));

        Assert.Equal(2, (int)result["enqueued"]!);
        Assert.Equal(5, (int)result["requested"]!);
        Assert.Equal(2, result["item_ids"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_edge_is_a_fastapi_422_at_the_graph()
    {
        await using var client = await EmulatorClient.StartAsync();
        var graph = JsonNode.Parse("""
            {"id": "g", "nodes": {
               "n1": {"id": "n1", "type": "string", "value": "x"},
               "n2": {"id": "n2", "type": "add", "a": 1, "b": 2}},
             "edges": [{"source": {"node_id": "n1", "field": "value"}, "destination": {"node_id": "n2", "field": "a"}}]}
            """)!.AsObject();

        using var response = await client.PostJsonAsync("api/v1/queue/default/enqueue_batch", EmulatorClient.Batch(graph));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        OpenApiOracle.V614.AssertValid(body, "HTTPValidationError");
        var error = Assert.Single(body["detail"]!.AsArray())!;
        Assert.Equal("value_error", (string?)error["type"]);
        Assert.Equal("""["body","batch","graph"]""", error["loc"]!.ToJsonString());
        Assert.Equal("Value error, Edge source and target types do not match (n1.value -> n2.a)", (string?)error["msg"]);
    }

    [Fact]
    public async Task Cancel_of_a_pending_item_and_of_the_running_item_both_end_canceled()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        var ids = (await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), runs: 2)))["item_ids"]!.AsArray().Select(id => (long)id!).Order().ToList();
        await client.WaitForStatusAsync(ids[0], "in_progress");

        using var pendingCancel = await client.Http.PutAsync($"api/v1/queue/default/i/{ids[1]}/cancel", null);
        var canceled = (await pendingCancel.Content.ReadFromJsonAsync<JsonObject>())!;
        using var runningCancel = await client.Http.PutAsync($"api/v1/queue/default/i/{ids[0]}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, pendingCancel.StatusCode);
        Assert.Equal("canceled", (string?)canceled["status"]);
        Assert.True(canceled.ContainsKey("error_type")); // the cancel route sends nulls
        OpenApiOracle.V614.AssertValid(canceled, "SessionQueueItem");
        Assert.Equal("canceled", (string?)(await client.WaitForTerminalAsync(ids[0]))["status"]);
        var status = (await client.Http.GetFromJsonAsync<JsonObject>("api/v1/queue/default/status"))!;
        OpenApiOracle.V614.AssertValid(status, "SessionQueueAndProcessorStatus");
        Assert.Equal(2, (int)status["queue"]!["canceled"]!);
    }

    [Fact]
    public async Task Batch_status_counts_items_and_cancel_by_batch_ids_cancels_the_rest()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        var ids = (await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), runs: 3, batchId: "batch-x")))["item_ids"]!.AsArray().Select(id => (long)id!).Order().ToList();
        await client.WaitForStatusAsync(ids[0], "in_progress");

        var before = (await client.Http.GetFromJsonAsync<JsonObject>("api/v1/queue/default/b/batch-x/status"))!;
        using var cancel = await client.PutJsonAsync("api/v1/queue/default/cancel_by_batch_ids", new JsonObject { ["batch_ids"] = new JsonArray("batch-x") });
        var canceled = (await cancel.Content.ReadFromJsonAsync<JsonObject>())!;
        var unknown = (await client.Http.GetFromJsonAsync<JsonObject>("api/v1/queue/default/b/nope/status"))!;

        OpenApiOracle.V614.AssertValid(before, "BatchStatus");
        Assert.Equal((1, 2, 3), ((int)before["in_progress"]!, (int)before["pending"]!, (int)before["total"]!));
        OpenApiOracle.V614.AssertValid(canceled, "CancelByBatchIDsResult");
        Assert.Equal(3, (int)canceled["canceled"]!);
        foreach (var id in ids)
            Assert.Equal("canceled", (string?)(await client.WaitForTerminalAsync(id))["status"]);
        Assert.Equal(0, (int)unknown["total"]!);
        Assert.Null(unknown["origin"]);
    }

    [Fact]
    public async Task An_injected_node_failure_fails_the_item_with_its_error()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeFailures["add-node"] = new EmulatedFailure("RuntimeError", "CUDA out of memory");
        await using var client = await EmulatorClient.StartAsync(options);
        var id = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph())))["item_ids"]![0]!;

        var item = await client.WaitForTerminalAsync(id);

        OpenApiOracle.V614.AssertValid(item, "SessionQueueItem");
        Assert.Equal("failed", (string?)item["status"]);
        Assert.Equal("RuntimeError", (string?)item["error_type"]);
        Assert.Equal("CUDA out of memory", (string?)item["error_message"]);
        Assert.Contains("Traceback", (string?)item["error_traceback"]);
        var (_, error) = Assert.Single(item["session"]!["errors"]!.AsObject());
        Assert.Equal("RuntimeError: CUDA out of memory", (string?)error);
    }

    [Fact]
    public async Task Http_faults_answer_5xx_or_reset_the_connection_for_the_chosen_calls_only()
    {
        await using var client = await EmulatorClient.StartAsync();
        client.Server.Options.Faults.AddHttpFault(new HttpFault("GET", "/api/v1/queue/default/status", HttpFaultKind.Status, Count: 2, StatusCode: 503));
        client.Server.Options.Faults.AddHttpFault(new HttpFault("GET", "/api/v1/queue/default/b/", HttpFaultKind.ConnectionReset));

        using var first = await client.Http.GetAsync("api/v1/queue/default/status");
        using var second = await client.Http.GetAsync("api/v1/queue/default/status");
        using var third = await client.Http.GetAsync("api/v1/queue/default/status");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.GetAsync("api/v1/queue/default/b/x/status"));
        using var afterReset = await client.Http.GetAsync("api/v1/queue/default/b/x/status");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, third.StatusCode));
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
    }

    [Fact]
    public async Task A_restart_cancels_the_running_item_and_keeps_the_pending_ones()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["slow"] = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        var slow = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(nodeId: "slow"))))["item_ids"]![0]!;
        var fast = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(nodeId: "fast"))))["item_ids"]![0]!;
        await client.WaitForStatusAsync(slow, "in_progress");

        await client.Server.RestartAsync();

        Assert.Equal("canceled", (string?)(await client.WaitForTerminalAsync(slow))["status"]);
        Assert.Equal("completed", (string?)(await client.WaitForTerminalAsync(fast))["status"]);
    }

    [Fact]
    public async Task Prepend_puts_a_batch_before_the_pending_items()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["blocker"] = TimeSpan.FromMinutes(5);
        await using var client = await EmulatorClient.StartAsync(options);
        var blocker = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(nodeId: "blocker"))))["item_ids"]![0]!;
        await client.WaitForStatusAsync(blocker, "in_progress");
        var normal = await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph()));
        var urgent = await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph(), prepend: true));
        using var cancel = await client.Http.PutAsync($"api/v1/queue/default/i/{blocker}/cancel", null);

        var normalItem = await client.WaitForTerminalAsync((long)normal["item_ids"]![0]!);
        var urgentItem = await client.WaitForTerminalAsync((long)urgent["item_ids"]![0]!);

        Assert.Equal(0, (int)normal["priority"]!);
        Assert.Equal(1, (int)urgent["priority"]!);
        Assert.True(string.CompareOrdinal((string)urgentItem["started_at"]!, (string)normalItem["started_at"]!) <= 0);
        Assert.True((int)urgentItem["status_sequence"]! > 0);
    }

    [Fact]
    public async Task An_unknown_item_is_404_and_an_item_of_another_queue_the_routes_500()
    {
        await using var client = await EmulatorClient.StartAsync();
        var id = (long)(await client.EnqueueAsync(EmulatorClient.Batch(EmulatorClient.AddGraph()), queue: "other"))["item_ids"]![0]!;

        using var unknown = await client.Http.GetAsync("api/v1/queue/default/i/999");
        using var elsewhere = await client.Http.GetAsync($"api/v1/queue/default/i/{id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Queue item with id 999 not found in queue default", (string?)(await unknown.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
        Assert.Equal(HttpStatusCode.InternalServerError, elsewhere.StatusCode);
        Assert.Equal($"Unexpected error while fetching queue item: 404: Queue item with id {id} not found in queue default", (string?)(await elsewhere.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
    }

    [Fact]
    public async Task In_multi_user_mode_another_users_item_is_redacted_and_cannot_be_canceled()
    {
        var options = new EmulatorOptions { MultiUser = true };
        options.Users.Add(new Auth.EmulatorAccount("alice@example.com", "alice-pw"));
        options.Users.Add(new Auth.EmulatorAccount("bob@example.com", "bob-pw"));
        options.Users.Add(new Auth.EmulatorAccount("root@example.com", "root-pw", IsAdmin: true));
        await using var client = await EmulatorClient.StartAsync(options);
        var alice = await LoginAsync(client, "alice@example.com", "alice-pw");
        var bob = await LoginAsync(client, "bob@example.com", "bob-pw");
        var root = await LoginAsync(client, "root@example.com", "root-pw");

        using var anonymous = await client.PostJsonAsync("api/v1/queue/default/enqueue_batch", EmulatorClient.Batch(EmulatorClient.AddGraph()));
        using var enqueued = await SendAsync(client, HttpMethod.Post, "api/v1/queue/default/enqueue_batch", alice, EmulatorClient.Batch(EmulatorClient.AddGraph()));
        var id = (long)(await enqueued.Content.ReadFromJsonAsync<JsonObject>())!["item_ids"]![0]!;
        using var asBob = await SendAsync(client, HttpMethod.Get, $"api/v1/queue/default/i/{id}", bob);
        using var asRoot = await SendAsync(client, HttpMethod.Get, $"api/v1/queue/default/i/{id}", root);
        using var bobCancels = await SendAsync(client, HttpMethod.Put, $"api/v1/queue/default/i/{id}/cancel", bob);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(enqueued.Headers.Contains("X-Refreshed-Token"));
        var redacted = (await asBob.Content.ReadFromJsonAsync<JsonObject>())!;
        OpenApiOracle.V614.AssertValid(redacted, "SessionQueueItem");
        Assert.Equal(("redacted", "redacted", "redacted"), ((string?)redacted["user_id"], (string?)redacted["batch_id"], (string?)redacted["session_id"]));
        Assert.Equal("redacted", (string?)redacted["session"]!["id"]);
        Assert.False(redacted.ContainsKey("field_values"));
        var full = (await asRoot.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual("redacted", (string?)full["user_id"]);
        Assert.Equal(HttpStatusCode.Forbidden, bobCancels.StatusCode);
    }

    private static async Task<string> LoginAsync(EmulatorClient client, string email, string password)
    {
        using var response = await client.PostJsonAsync("api/v1/auth/login", new JsonObject { ["email"] = email, ["password"] = password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    private static async Task<HttpResponseMessage> SendAsync(EmulatorClient client, HttpMethod method, string path, string token, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        return await client.Http.SendAsync(request);
    }
}
