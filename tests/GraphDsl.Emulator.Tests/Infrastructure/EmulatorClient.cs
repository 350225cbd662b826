using Xunit;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Tests.Infrastructure;

/// <summary>A started emulator and a plain <see cref="HttpClient"/> on it, with the few calls the tests repeat.</summary>
internal sealed class EmulatorClient : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private EmulatorClient(InvokeEmulator server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public InvokeEmulator Server { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorClient> StartAsync(EmulatorOptions? options = null) => new(await InvokeEmulator.StartAsync(options));

    /// <summary>An <c>enqueue_batch</c> body with <paramref name="graph"/>.</summary>
    public static JsonObject Batch(JsonObject graph, int runs = 1, JsonArray? data = null, string? batchId = null, bool prepend = false)
    {
        var batch = new JsonObject { ["graph"] = graph, ["runs"] = runs };
        if (data is not null)
            batch["data"] = data;
        if (batchId is not null)
            batch["batch_id"] = batchId;
        return new JsonObject { ["batch"] = batch, ["prepend"] = prepend };
    }

    /// <summary>A one-node <c>add</c> graph.</summary>
    public static JsonObject AddGraph(long a = 2, long b = 3, string nodeId = "add-node") => new()
    {
        ["id"] = "hello-graph",
        ["nodes"] = new JsonObject { [nodeId] = new JsonObject { ["id"] = nodeId, ["type"] = "add", ["a"] = a, ["b"] = b } },
        ["edges"] = new JsonArray(),
    };

    public async Task<HttpResponseMessage> PostJsonAsync(string path, JsonNode body) =>
        await Http.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public async Task<HttpResponseMessage> PutJsonAsync(string path, JsonNode body) =>
        await Http.PutAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public async Task<JsonObject> EnqueueAsync(JsonObject body, string queue = "default")
    {
        using var response = await PostJsonAsync($"api/v1/queue/{queue}/enqueue_batch", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"enqueue answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<JsonObject> GetItemAsync(long itemId, string queue = "default") =>
        (await Http.GetFromJsonAsync<JsonObject>($"api/v1/queue/{queue}/i/{itemId}"))!;

    /// <summary>Polls <c>GET /i/{id}</c> (as the InvokeAI docs' example does) until the item's status is one of <paramref name="statuses"/>.</summary>
    public async Task<JsonObject> WaitForStatusAsync(long itemId, params string[] statuses)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        while (true)
        {
            var item = await GetItemAsync(itemId);
            if (statuses.Contains((string?)item["status"]))
                return item;
            await Task.Delay(TimeSpan.FromMilliseconds(10), limit.Token);
        }
    }

    public Task<JsonObject> WaitForTerminalAsync(long itemId) => WaitForStatusAsync(itemId, "completed", "failed", "canceled");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
