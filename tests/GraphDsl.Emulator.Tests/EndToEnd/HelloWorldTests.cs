using Xunit;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;

namespace GraphDsl.Emulator.Tests.EndToEnd;

/// <summary>InvokeAI's documented "hello world" (docs/…/workflow-api.mdx), with a plain <see cref="HttpClient"/>.</summary>
public sealed class HelloWorldTests
{
    [Fact]
    public async Task The_documented_add_graph_enqueues_polls_to_completed_and_reads_its_result()
    {
        await using var emulator = await InvokeEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var payload = """
            {"batch": {"graph": {"id": "hello-graph", "nodes": {"add-node": {"id": "add-node", "type": "add", "a": 2, "b": 3,
              "is_intermediate": false, "use_cache": true}}, "edges": []}, "runs": 1, "origin": "external-client"}}
            """;

        using var enqueueResponse = await http.PostAsync("/api/v1/queue/default/enqueue_batch", new StringContent(payload, Encoding.UTF8, "application/json"));
        enqueueResponse.EnsureSuccessStatusCode();
        var itemId = (long)(await enqueueResponse.Content.ReadFromJsonAsync<JsonObject>())!["item_ids"]![0]!;

        JsonObject item;
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (true)
            {
                item = (await http.GetFromJsonAsync<JsonObject>($"/api/v1/queue/default/i/{itemId}", limit.Token))!;
                var status = (string?)item["status"];
                if (status == "completed")
                    break;
                Assert.True(status is "pending" or "in_progress", $"unexpected status {status}: {item}");
                await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
            }
        }

        var results = item["session"]!["results"]!.AsObject();
        var (preparedId, result) = Assert.Single(results);
        Assert.NotEqual("add-node", preparedId); // prepared copies get fresh ids
        Assert.Equal("integer_output", (string?)result!["type"]);
        Assert.Equal(5, (long)result["value"]!);
        Assert.Equal("add-node", (string?)item["session"]!["prepared_source_mapping"]![preparedId]);
        Assert.Equal("external-client", (string?)item["origin"]);
        OpenApiOracle.V614.AssertValid(item, "SessionQueueItem");
    }
}
