using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class AuthEndpointsTests
{
    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static async Task AssertDetailAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(detail, (string?)body["detail"]);
    }

    [Fact]
    public async Task StatusInSingleUserModeReportsMultiuserDisabled()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.GetAsync("/api/v1/auth/status");
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "SetupStatusResponse");
        var body = JsonNode.Parse(text)!;
        Assert.False((bool)body["multiuser_enabled"]!);
        Assert.False((bool)body["setup_required"]!);
    }

    [Fact]
    public async Task StatusInMultiUserModeNeedsNoSetupWhenAnAdminIsConfigured()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.GetAsync("/api/v1/auth/status");
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "SetupStatusResponse");
        var body = JsonNode.Parse(text)!;
        Assert.True((bool)body["multiuser_enabled"]!);
        Assert.False((bool)body["setup_required"]!);
    }

    [Fact]
    public async Task LoginInSingleUserModeIsForbidden()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = "a@b.c", password = "x" });
        await AssertDetailAsync(response, HttpStatusCode.Forbidden, "Multiuser mode is disabled. Authentication is not required in single-user mode.");
    }

    [Fact]
    public async Task LoginReturnsATokenTheUserAndTheMediaCookie()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppTestHost.UserEmail, password = AppTestHost.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "LoginResponse");
        OpenApiOracle.V614.AssertValid(JsonNode.Parse(text)!["user"], "UserDTO");
        var body = JsonNode.Parse(text)!;
        Assert.Equal(86400, (int)body["expires_in"]!);
        Assert.Equal(AppTestHost.UserEmail, (string?)body["user"]!["email"]);
        Assert.False((bool)body["user"]!["is_admin"]!);
        Assert.NotNull((string?)body["user"]!["last_login_at"]);
        Assert.False(response.Headers.Contains("X-Refreshed-Token"));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"invokeai_media_token={(string?)body["token"]};", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/api/v1", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=86400", cookie, StringComparison.OrdinalIgnoreCase);

        var claims = Claims((string)body["token"]!);
        Assert.Equal((string?)body["user"]!["user_id"], (string?)claims["user_id"]);
        Assert.False((bool)claims["remember_me"]!);
        Assert.Equal(0, (int)claims["token_epoch"]!);
        Assert.Equal(host.Clock.GetUtcNow().AddDays(1).ToUnixTimeSeconds(), (long)claims["exp"]!);
    }

    [Fact]
    public async Task RememberMeGivesASevenDayToken()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppTestHost.UserEmail, password = AppTestHost.Password, remember_me = true });
        var body = await BodyAsync(response);
        Assert.Equal(604800, (int)body["expires_in"]!);
        var claims = Claims((string)body["token"]!);
        Assert.True((bool)claims["remember_me"]!);
        Assert.Equal(host.Clock.GetUtcNow().AddDays(7).ToUnixTimeSeconds(), (long)claims["exp"]!);
    }

    [Fact]
    public async Task LoginWithAWrongPasswordIs401()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppTestHost.UserEmail, password = "wrong" });
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Incorrect email or password");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task LoginOfADisabledAccountIs403()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppTestHost.DisabledEmail, password = AppTestHost.Password });
        await AssertDetailAsync(response, HttpStatusCode.Forbidden, "User account is disabled");
    }

    [Fact]
    public async Task LoginWithoutAPasswordIs422()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppTestHost.UserEmail });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "HTTPValidationError");
        var error = Assert.Single(JsonNode.Parse(text)!["detail"]!.AsArray())!;
        Assert.Equal("missing", (string?)error["type"]);
        Assert.Equal("""["body","password"]""", error["loc"]!.ToJsonString());
    }

    [Fact]
    public async Task MeReturnsTheUserOfTheToken()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.AdminEmail);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/auth/me", token));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiOracle.V614.AssertValid(text, "UserDTO");
        var body = JsonNode.Parse(text)!;
        Assert.Equal(AppTestHost.AdminEmail, (string?)body["email"]);
        Assert.True((bool)body["is_admin"]!);
        Assert.Equal("Admin", (string?)body["display_name"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MeWithoutATokenIs401InBothModes(bool multiUser)
    {
        await using var host = await AppTestHost.StartAsync(multiUser);
        using var response = await host.Client.GetAsync("/api/v1/auth/me");
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Missing authentication credentials");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task LogoutClearsTheCookieAndIsNotRefreshed()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Post, "/api/v1/auth/logout", token));
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "LogoutResponse");
        Assert.True((bool)JsonNode.Parse(text)!["success"]!);
        Assert.False(response.Headers.Contains("X-Refreshed-Token"));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("invokeai_media_token=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MultiUserRoutesWithoutATokenAre401AuthenticationRequired()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.GetAsync("/api/v1/workflows/");
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Authentication required");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    public async Task MultiUserRoutesWithAMalformedTokenAre401InvalidOrExpired(string token)
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", token));
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }

    [Fact]
    public async Task ATokenWithATamperedPayloadIsRefused()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        var parts = token.Split('.');
        var claims = Claims(token);
        claims["is_admin"] = true;
        var forged = parts[0] + "." + Base64Url(claims.ToJsonString()) + "." + parts[2];
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", forged));
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        using (var fresh = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", token)))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", token));
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "Invalid or expired token");
    }

    [Fact]
    public async Task ATokenOfAnInactiveUserIsRefused()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var disabled = host.Auth.Users.Single(u => u.Email == AppTestHost.DisabledEmail);
        var token = host.Auth.IssueToken(disabled, rememberMe: false);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", token));
        await AssertDetailAsync(response, HttpStatusCode.Unauthorized, "User not found or inactive");
    }

    [Fact]
    public async Task SingleUserModeIgnoresTokens()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: false);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", "garbage"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiOracle.V614.AssertValid(await response.Content.ReadAsStringAsync(), "PaginatedResults_WorkflowRecordListItemWithThumbnailDTO_");
    }

    [Fact]
    public async Task ASuccessfulPostWithABearerTokenGetsARefreshedToken()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail, rememberMe: true);
        host.Clock.Advance(TimeSpan.FromHours(1));
        using var response = await host.UploadAsync(ImageTestPng.Create(4, 4), token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var refreshed = Assert.Single(response.Headers.GetValues("X-Refreshed-Token"));
        Assert.NotEqual(token, refreshed);
        var claims = Claims(refreshed);
        Assert.True((bool)claims["remember_me"]!);
        Assert.Equal(host.Clock.GetUtcNow().AddDays(7).ToUnixTimeSeconds(), (long)claims["exp"]!);
        Assert.Equal(AppTestHost.UserEmail, host.Auth.ValidateToken(refreshed)?.Email);
    }

    [Fact]
    public async Task GetsAndFailedPostsGetNoRefreshedToken()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        using var get = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Get, "/api/v1/workflows/", token));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.False(get.Headers.Contains("X-Refreshed-Token"));

        using var failed = await host.UploadAsync(Encoding.ASCII.GetBytes("text"), token, contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, failed.StatusCode);
        Assert.False(failed.Headers.Contains("X-Refreshed-Token"));
    }

    [Fact]
    public async Task MediaCookieIsReissuedFromTheBearerToken()
    {
        await using var host = await AppTestHost.StartAsync(multiUser: true);
        var token = await host.LoginAsync(AppTestHost.UserEmail);
        using var response = await host.Client.SendAsync(AppTestHost.Request(HttpMethod.Post, "/api/v1/auth/media-cookie", token));
        var text = await response.Content.ReadAsStringAsync();
        OpenApiOracle.V614.AssertValid(text, "MediaCookieResponse");
        Assert.StartsWith($"invokeai_media_token={token};", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Refreshed-Token"));
    }

    [Fact]
    public void ValidateTokenAcceptsOnlyHonouredTokensInMultiUserMode()
    {
        var options = new EmulatorOptions { MultiUser = true };
        options.Users.Add(new EmulatorAccount("a@example.com", "pw"));
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddYears(56));
        var auth = new AuthService(options, clock);
        var user = Assert.Single(auth.Users);
        Assert.True(Guid.TryParse(user.UserId, out _));
        var token = auth.IssueToken(user, rememberMe: false);

        Assert.Equal(user, auth.ValidateToken(token));
        Assert.Null(auth.ValidateToken(null));
        Assert.Null(auth.ValidateToken(token + "x"));
        Assert.Null(new AuthService(options, clock).ValidateToken(token)); // another instance: another random secret
        Assert.Null(auth.ValidateToken(auth.IssueToken(EmulatorUser.System, rememberMe: false)));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(auth.ValidateToken(token));
    }

    [Fact]
    public void ValidateTokenIsTheSystemUserInSingleUserMode()
    {
        var auth = new AuthService(new EmulatorOptions(), TimeProvider.System);
        Assert.False(auth.MultiUser);
        Assert.Same(EmulatorUser.System, auth.ValidateToken(null));
        Assert.Same(EmulatorUser.System, auth.ValidateToken("garbage"));
    }

    private static JsonObject Claims(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!.AsObject();
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
