using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Api;
using GraphDsl.Emulator.Tests.Execution;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.EndToEnd;

/// <summary>The graphs of real captured queue items, enqueued again over HTTP, run to completion with the same output types.</summary>
public sealed class CapturedItemsTests
{
    [Theory]
    [MemberData(nameof(CapturedItems.Names), MemberType = typeof(CapturedItems))]
    public async Task A_captured_graph_enqueued_again_completes_with_the_captured_output_type_per_node(string name)
    {
        var captured = CapturedItems.Load(name);
        var session = captured["session"]!.AsObject();
        await using var client = await EmulatorClient.StartAsync();
        var graph = session["graph"]!.DeepClone().AsObject();
        // The images the graph reads must exist on this server: upload one per name and use the names the server gives.
        foreach (var field in ImageFields(graph))
            field["image_name"] = await UploadAsync(client, 64, 48);

        var result = await client.EnqueueAsync(EmulatorClient.Batch(graph));
        var item = await client.WaitForTerminalAsync((long)result["item_ids"]![0]!);

        Assert.Equal("completed", (string?)item["status"]);
        OpenApiOracle.V614.AssertValid(item, "SessionQueueItem");
        var mine = item["session"]!.AsObject();
        var capturedSources = session["prepared_source_mapping"]!.AsObject();
        foreach (var (preparedId, capturedResult) in session["results"]!.AsObject())
        {
            var source = (string)capturedSources[preparedId]!;
            var copies = mine["source_prepared_mapping"]![source]!.AsArray().Select(p => mine["results"]![(string)p!]).ToList();
            Assert.NotEmpty(copies);
            Assert.All(copies, r => Assert.Equal((string?)capturedResult!["type"], (string?)r!["type"]));
        }
        // Every image the session made is stored and downloadable.
        foreach (var (_, output) in mine["results"]!.AsObject())
        {
            if (output!["image"]?["image_name"] is JsonValue imageName)
            {
                using var full = await client.Http.GetAsync($"api/v1/images/i/{(string)imageName!}/full");
                Assert.Equal(HttpStatusCode.OK, full.StatusCode);
                Assert.Equal("image/png", full.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    private static IEnumerable<JsonObject> ImageFields(JsonObject graph) =>
        graph["nodes"]!.AsObject().SelectMany(node => node.Value!.AsObject())
            .Select(field => field.Value).OfType<JsonObject>().Where(value => value.ContainsKey("image_name")).ToList();

    private static async Task<string> UploadAsync(EmulatorClient client, int width, int height)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImageTestPng.Create(width, height));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", "input.png");
        using var response = await client.Http.PostAsync("api/v1/images/upload?image_category=general&is_intermediate=false", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["image_name"]!;
    }
}
