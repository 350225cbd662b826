using System.Net;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class WorkflowEndpointsTests
{
    private const string ListSchema = "PaginatedResults_WorkflowRecordListItemWithThumbnailDTO_";
    private const string SdxlId = "default_5e8b008d-c697-45d0-8883-085a954c6ace";

    private static async Task<JsonNode> ListAsync(AppTestHost host, string query = "", string? token = null)
    {
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/" + query, token));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        OpenApiOracle.V614.AssertValid(text, ListSchema);
        return JsonNode.Parse(text)!;
    }

    private static List<string> Names(JsonNode page) => [.. page["items"]!.AsArray().Select(i => (string)i!["name"]!)];

    [Fact]
    public async Task GetReturnsTheDefaultWorkflowRecord()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.GetAsync($"/api/v1/workflows/i/{SdxlId}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiOracle.V614.AssertValid(text, "WorkflowRecordWithThumbnailDTO");
        var dto = JsonNode.Parse(text)!;
        Assert.Equal(SdxlId, (string?)dto["workflow_id"]);
        Assert.Equal("Text to Image - SDXL", (string?)dto["name"]);
        Assert.Equal(SdxlId, (string?)dto["workflow"]!["id"]);
        Assert.Equal("default", (string?)dto["workflow"]!["meta"]!["category"]);
        Assert.Equal("system", (string?)dto["user_id"]);
        Assert.False((bool)dto["is_public"]!);
        Assert.Null(dto["thumbnail_url"]);
        Assert.Equal("2026-08-19 01:02:03.456", (string?)dto["created_at"]);
        Assert.Equal("missing_workflow_return", (string?)dto["call_saved_workflow_compatibility"]!["reason"]);
        Assert.NotEmpty(dto["workflow"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task GetOfAnUnknownWorkflowIs404()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.GetAsync("/api/v1/workflows/i/default_nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"detail":"Workflow not found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListReturnsEveryDefaultWorkflowOrderedByName()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var page = await ListAsync(host);
        Assert.Equal(21, (int)page["total"]!);
        Assert.Equal(21, (int)page["per_page"]!);
        Assert.Equal(1, (int)page["pages"]!);
        Assert.Equal(0, (int)page["page"]!);
        var names = Names(page);
        Assert.Equal(21, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(page["items"]!.AsArray(), item => Assert.Equal("default", (string?)item!["category"]));
    }

    [Fact]
    public async Task ListPagesAndSortsDescending()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var all = Names(await ListAsync(host, "?direction=DESC"));
        Assert.Equal(all.Order(StringComparer.Ordinal).Reverse(), all);

        var page = await ListAsync(host, "?direction=DESC&page=1&per_page=5");
        Assert.Equal(5, (int)page["per_page"]!);
        Assert.Equal(5, (int)page["pages"]!);
        Assert.Equal(1, (int)page["page"]!);
        Assert.Equal(21, (int)page["total"]!);
        Assert.Equal(all.Skip(5).Take(5), Names(page));

        var last = await ListAsync(host, "?direction=DESC&page=4&per_page=5");
        Assert.Equal(all.Skip(20), Names(last));
    }

    [Fact]
    public async Task ListFiltersByQueryTagsAndCategory()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var sdxl = await ListAsync(host, "?query=sdxl");
        Assert.Equal(["Text to Image - SDXL", "Upscaler - SDXL, MultiDiffusion"], Names(sdxl));
        Assert.Equal(2, (int)sdxl["total"]!);

        var tagged = await ListAsync(host, "?tags=lightning&tags=lora");
        Assert.NotEmpty(Names(tagged));
        Assert.All(tagged["items"]!.AsArray(), i => Assert.True(((string)i!["tags"]!).Contains("lightning") || ((string)i["tags"]!).Contains("lora")));

        Assert.Equal(0, (int)(await ListAsync(host, "?categories=user"))["total"]!);
        Assert.Equal(21, (int)(await ListAsync(host, "?categories=user&categories=default"))["total"]!);
        Assert.Equal(0, (int)(await ListAsync(host, "?callable=true"))["total"]!);
        Assert.Equal(0, (int)(await ListAsync(host, "?is_public=true"))["total"]!);
        Assert.Equal(0, (int)(await ListAsync(host, "?has_been_opened=true"))["total"]!);
    }

    [Fact]
    public async Task ListWithBadParametersIs422()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.GetAsync("/api/v1/workflows/?order_by=size&page=x&categories=default&categories=mine");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "HTTPValidationError");
        var errors = JsonNode.Parse(text)!["detail"]!.AsArray();
        Assert.Equal(3, errors.Count);
        Assert.Equal("int_parsing", (string?)errors[0]!["type"]);
        Assert.Equal("enum", (string?)errors[1]!["type"]);
        Assert.Equal("""["query","categories",1]""", errors[2]!["loc"]!.ToJsonString());
    }

    [Fact]
    public async Task MultiUserWorkflowsNeedATokenAndDefaultsAreVisibleToEveryone()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var anonymous = await host.Client.GetAsync($"/api/v1/workflows/i/{SdxlId}");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var token = await host.LoginAsync(AppTestHost.UserEmail);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, $"/api/v1/workflows/i/{SdxlId}", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiOracle.V614.AssertValid(await response.Content.ReadAsStringAsync(), "WorkflowRecordWithThumbnailDTO");
        Assert.Equal(21, (int)(await ListAsync(host, "", token))["total"]!);
    }
}
