using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// The generators only the server can resolve, through <see cref="InvokeWorkflows.ToBatchAsync"/>: the requests are
/// the UI's (<c>listAllImageNamesForBoard</c>, <c>utilities/dynamicprompts</c>), answered here by a stub server.
/// </summary>
public sealed class ServerGeneratorTests
{
    private sealed class StubServer : HttpMessageHandler
    {
        public List<(string Method, string PathAndQuery, string? Body)> Requests { get; } = [];

        public Func<HttpRequestMessage, string?, (HttpStatusCode, string)> Answer { get; init; } = (_, _) => (HttpStatusCode.NotFound, "{}");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add((request.Method.Method, request.RequestUri!.PathAndQuery, body));
            var (status, text) = Answer(request, body);
            return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        }
    }

    private static Workflow Batched(string family, JsonObject generator, string listField, string output, string target, string field) => new WorkflowJson()
        .Node("gen", $"{family}_generator", new() { ["generator"] = generator })
        .Node("b", $"{family}_batch", new() { [listField] = null, ["batch_group_id"] = "None" })
        .Node("t", target, new())
        .Edge("gen", listField, "b", listField)
        .Edge("b", output, "t", field)
        .Load();

    [Fact]
    public async Task An_image_generator_lists_the_boards_images_through_the_client()
    {
        var server = new StubServer { Answer = (_, _) => (HttpStatusCode.OK, """["one.png", "two.png"]""") };
        using var http = new HttpClient(server) { BaseAddress = new Uri("http://invoke.test/") };
        await using var client = new InvokeClient(http, new InvokeClientOptions { UseSocket = false });
        var workflow = Batched("image", new JsonObject { ["type"] = "image_generator_images_from_board", ["board_id"] = "board-9", ["category"] = "assets" },
            "images", "image", "img_resize", "image");

        var batch = await client.Workflows.ToBatchAsync(workflow);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/api/v1/boards/board-9/image_names?categories=control&categories=mask&categories=user&categories=other&is_intermediate=false"),
            (request.Method, request.PathAndQuery));
        var datum = Assert.Single(Assert.Single(batch.Data));
        Assert.Equal(("t", "image"), (datum.NodePath, datum.Field));
        Assert.Equal(["""{"image_name":"one.png"}""", """{"image_name":"two.png"}"""], datum.Items.Select(i => i.GetRawText()));
    }

    [Fact]
    public async Task A_dynamic_prompt_generator_asks_the_server_to_expand_it()
    {
        var server = new StubServer { Answer = (_, _) => (HttpStatusCode.OK, """{"prompts": ["a cute dog", "a cute cat"], "error": null}""") };
        using var http = new HttpClient(server) { BaseAddress = new Uri("http://invoke.test/") };
        await using var client = new InvokeClient(http, new InvokeClientOptions { UseSocket = false });
        var workflow = Batched("string", new JsonObject { ["type"] = "string_generator_dynamic_prompts_random", ["input"] = "a cute {dog|cat}", ["count"] = 2, ["seed"] = 11 },
            "strings", "value", "string", "value");

        var batch = await client.Workflows.ToBatchAsync(workflow);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/api/v1/utilities/dynamicprompts"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"prompt":"a cute {dog|cat}","max_prompts":2,"combinatorial":false,"seed":11}""", request.Body);
        Assert.Equal(["\"a cute dog\"", "\"a cute cat\""], batch.Data[0][0].Items.Select(i => i.GetRawText()));
    }

    [Fact]
    public async Task A_dynamic_prompt_the_server_cannot_expand_is_an_error_with_its_reason()
    {
        var server = new StubServer { Answer = (_, _) => (HttpStatusCode.OK, """{"prompts": ["__missing__"], "error": "No values found for wildcard(s): missing"}""") };
        using var http = new HttpClient(server) { BaseAddress = new Uri("http://invoke.test/") };
        await using var client = new InvokeClient(http, new InvokeClientOptions { UseSocket = false });
        var workflow = Batched("string", new JsonObject { ["type"] = "string_generator_dynamic_prompts_combinatorial", ["input"] = "__missing__", ["maxPrompts"] = 5 },
            "strings", "value", "string", "value");

        var error = await Assert.ThrowsAsync<WorkflowException>(() => client.Workflows.ToBatchAsync(workflow));

        Assert.Contains("No values found for wildcard(s): missing", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("""{"prompt":"__missing__","max_prompts":5,"combinatorial":true}""", Assert.Single(server.Requests).Body);
    }
}
