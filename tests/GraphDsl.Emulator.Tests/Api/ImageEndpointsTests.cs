using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class ImageEndpointsTests
{
    private static async Task<JsonNode> UploadOkAsync(AppTestHost host, byte[] png, string? token = null)
    {
        using var response = await host.UploadAsync(png, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        OpenApiOracle.V614.AssertValid(text, "ImageDTO");
        return JsonNode.Parse(text)!;
    }

    private static async Task AssertDetailAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Fact]
    public async Task UploadStoresThePngAndAnswers201WithLocationAndImageDto()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var png = ImageTestPng.Create(7, 5);
        using var response = await host.UploadAsync(png, query: "?image_category=control&is_intermediate=true&session_id=s1&board_id=b1");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        OpenApiOracle.V614.AssertValid(text, "ImageDTO");
        var dto = JsonNode.Parse(text)!;
        var name = (string)dto["image_name"]!;
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.png$", name);
        Assert.Equal($"api/v1/images/i/{name}/full", (string?)dto["image_url"]);
        Assert.Equal($"api/v1/images/i/{name}/thumbnail", (string?)dto["thumbnail_url"]);
        Assert.Equal($"api/v1/images/i/{name}/full", response.Headers.Location?.OriginalString);
        Assert.Equal(7, (int)dto["width"]!);
        Assert.Equal(5, (int)dto["height"]!);
        Assert.Equal("external", (string?)dto["image_origin"]);
        Assert.Equal("control", (string?)dto["image_category"]);
        Assert.True((bool)dto["is_intermediate"]!);
        Assert.Equal("s1", (string?)dto["session_id"]);
        Assert.Equal("b1", (string?)dto["board_id"]);
        Assert.Equal("2026-08-19 01:02:03.456", (string?)dto["created_at"]);
        Assert.Equal("system", host.Images.Find(name)?.UserId);
    }

    [Fact]
    public async Task FullReturnsTheUploadedBytesInline()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var png = ImageTestPng.Create(3, 2);
        var name = (string)(await UploadOkAsync(host, png))["image_name"]!;

        using var response = await host.Client.GetAsync($"/api/v1/images/i/{name}/full");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"inline; filename=\"{name}\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("max-age=31536000", response.Headers.NonValidated["Cache-Control"].ToString());
    }

    [Fact]
    public async Task HeadOnFullAnswersHeadersOnly()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var png = ImageTestPng.Create(3, 2);
        var name = (string)(await UploadOkAsync(host, png))["image_name"]!;

        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/images/i/{name}/full"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ThumbnailIsALosslessWebpScaledToFit256()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var name = (string)(await UploadOkAsync(host, ImageTestPng.Create(768, 513)))["image_name"]!;

        using var response = await host.Client.GetAsync($"/api/v1/images/i/{name}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("max-age=31536000", response.Headers.NonValidated["Cache-Control"].ToString());
        var webp = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(webp, 0, 4));
        Assert.Equal((uint)webp.Length - 8, BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(4)));
        Assert.Equal("WEBPVP8L", Encoding.ASCII.GetString(webp, 8, 8));
        Assert.Equal(0x2F, webp[20]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(21));
        Assert.Equal(256, (int)(size & 0x3FFF) + 1);
        Assert.Equal(171, (int)((size >> 14) & 0x3FFF) + 1);
        // Byte-for-byte what an independent encoder gives for a 256x171 grey image; libwebp 1.2.4 decodes it.
        Assert.Equal("5249464618000000574542505650384c0c0000002fff802a002860010bd8ff00", Convert.ToHexStringLower(webp));
    }

    [Fact]
    public async Task UrlsAndDtoEndpointsDescribeTheImage()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var uploaded = await UploadOkAsync(host, ImageTestPng.Create(2, 2));
        var name = (string)uploaded["image_name"]!;

        using var urls = await host.Client.GetAsync($"/api/v1/images/i/{name}/urls");
        var urlsText = await urls.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(urlsText, "ImageUrlsDTO");
        Assert.Equal(uploaded["image_url"]!.ToJsonString(), JsonNode.Parse(urlsText)!["image_url"]!.ToJsonString());

        using var dto = await host.Client.GetAsync($"/api/v1/images/i/{name}");
        var dtoText = await dto.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(dtoText, "ImageDTO");
        Assert.True(JsonNode.DeepEquals(uploaded, JsonNode.Parse(dtoText)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/full")]
    [InlineData("/thumbnail")]
    [InlineData("/urls")]
    public async Task AMissingImageIs404(string suffix)
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.GetAsync($"/api/v1/images/i/nope.png{suffix}");
        await AssertDetailAsync(response, HttpStatusCode.NotFound, "Not Found");
    }

    [Fact]
    public async Task UploadWithoutTheRequiredQueryIs422Missing()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync(ImageTestPng.Create(1, 1), query: "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "HTTPValidationError");
        Assert.Equal(
            """{"detail":[{"type":"missing","loc":["query","image_category"],"msg":"Field required","input":null},{"type":"missing","loc":["query","is_intermediate"],"msg":"Field required","input":null}]}""",
            text);
    }

    [Fact]
    public async Task UploadWithBadQueryValuesIs422()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync(ImageTestPng.Create(1, 1), query: "?image_category=photo&is_intermediate=maybe");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "HTTPValidationError");
        var errors = JsonNode.Parse(text)!["detail"]!.AsArray();
        Assert.Equal("enum", (string?)errors[0]!["type"]);
        Assert.Equal("Input should be 'general', 'mask', 'control', 'user' or 'other'", (string?)errors[0]!["msg"]);
        Assert.Equal("photo", (string?)errors[0]!["input"]);
        Assert.Equal("bool_parsing", (string?)errors[1]!["type"]);
        Assert.Equal("""["query","is_intermediate"]""", errors[1]!["loc"]!.ToJsonString());
    }

    [Fact]
    public async Task UploadWithoutAFileIs422MissingBodyFile()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        var form = new MultipartFormDataContent { { new StringContent("x"), "metadata" } };
        using var response = await host.Client.PostAsync("/api/v1/images/upload?image_category=user&is_intermediate=no", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "HTTPValidationError");
        Assert.Equal("""{"detail":[{"type":"missing","loc":["body","file"],"msg":"Field required","input":null}]}""", text);
    }

    [Fact]
    public async Task UploadOfANonImageIs415NotAnImage()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync(Encoding.ASCII.GetBytes("hello"), contentType: "text/plain");
        await AssertDetailAsync(response, HttpStatusCode.UnsupportedMediaType, "Not an image");
    }

    [Fact]
    public async Task UploadOfANonPngImageIs415FailedToRead()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], contentType: "image/jpeg");
        await AssertDetailAsync(response, HttpStatusCode.UnsupportedMediaType, "Failed to read image");
        Assert.Equal(0, ((GraphDsl.Emulator.Images.ImageStore)host.Images).Count);
    }

    [Theory]
    [InlineData("[1024,1024]")]
    [InlineData("{\"width\":5000,\"height\":5000}")]
    [InlineData("{\"width\":0,\"height\":10}")]
    [InlineData("{\"width\":10}")]
    [InlineData("not json")]
    public async Task UploadWithAnInvalidResizeToIs400(string resizeTo)
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync(ImageTestPng.Create(2, 2), resizeTo: resizeTo);
        await AssertDetailAsync(response, HttpStatusCode.BadRequest, "Invalid resize_to format or size");
    }

    [Fact]
    public async Task UploadWithAValidResizeToSucceeds()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.UploadAsync(ImageTestPng.Create(2, 2), resizeTo: "{\"width\":4096,\"height\":4096}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        OpenApiOracle.V614.AssertValid(await response.Content.ReadAsStringAsync(), "ImageDTO");
    }

    [Fact]
    public async Task MultiUserImagesAreVisibleToTheOwnerAndAdminsOnly()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var owner = await host.LoginAsync(AppTestHost.UserEmail);
        var other = await host.LoginAsync(AppTestHost.OtherEmail);
        var admin = await host.LoginAsync(AppTestHost.AdminEmail);
        var dto = await UploadOkAsync(host, ImageTestPng.Create(2, 2), owner);
        var name = (string)dto["image_name"]!;
        Assert.Equal(host.Auth.ValidateToken(owner)!.UserId, host.Images.Find(name)?.UserId);

        foreach (var suffix in new[] { "", "/full", "/thumbnail", "/urls" })
        {
            using var denied = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, $"/api/v1/images/i/{name}{suffix}", other));
            await AssertDetailAsync(denied, HttpStatusCode.Forbidden, "Not authorized to access this image");
            using var mine = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, $"/api/v1/images/i/{name}{suffix}", owner));
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            using var admins = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, $"/api/v1/images/i/{name}{suffix}", admin));
            Assert.Equal(HttpStatusCode.OK, admins.StatusCode);
        }

        using var full = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, $"/api/v1/images/i/{name}/full", owner));
        Assert.Equal("private, no-store", full.Headers.NonValidated["Cache-Control"].ToString());
    }

    [Fact]
    public async Task MultiUserMissingImageIs403ForAUserAnd404ForAnAdmin()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var user = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/images/i/nope.png", await host.LoginAsync(AppTestHost.UserEmail)));
        await AssertDetailAsync(user, HttpStatusCode.Forbidden, "Not authorized to access this image");
        using var admin = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/images/i/nope.png", await host.LoginAsync(AppTestHost.AdminEmail)));
        await AssertDetailAsync(admin, HttpStatusCode.NotFound, "Not Found");
    }

    [Fact]
    public async Task MultiUserMediaAcceptsTheCookieButMetadataNeedsTheBearer()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        var png = ImageTestPng.Create(2, 2);
        var name = (string)(await UploadOkAsync(host, png, token))["image_name"]!;

        using var full = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/images/i/{name}/full");
        full.Headers.Add("Cookie", $"invokeai_media_token={token}");
        using var fullResponse = await host.Client.SendAsync(full);
        Assert.Equal(png, await fullResponse.Content.ReadAsByteArrayAsync());

        using var dto = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/images/i/{name}");
        dto.Headers.Add("Cookie", $"invokeai_media_token={token}");
        using var dtoResponse = await host.Client.SendAsync(dto);
        await AssertDetailAsync(dtoResponse, HttpStatusCode.Unauthorized, "Authentication required");

        using var anonymous = await host.UploadAsync(png);
        await AssertDetailAsync(anonymous, HttpStatusCode.Unauthorized, "Authentication required");
    }
}
