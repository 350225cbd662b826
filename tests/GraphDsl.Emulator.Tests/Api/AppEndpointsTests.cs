using System.Net;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class AppEndpointsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task VersionIsUnauthenticated(bool multiUser)
    {
        await using var host = await AppTestHost.StartAsync(multiUser);
        using var response = await host.Client.GetAsync("/api/v1/app/version");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiOracle.V614.AssertValid(text, "AppVersion");
        Assert.Equal(AppTestHost.Version, (string?)JsonNode.Parse(text)!["version"]);
    }

    [Fact]
    public async Task OpenApiJsonServesTheDocument()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.GetAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(AppTestHost.OpenApiText, await response.Content.ReadAsStringAsync());
    }
}
