using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphDsl.Emulator.Api;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Tests.Api;

/// <summary>
/// A minimal Kestrel host (http://127.0.0.1:0) with the auth, image, workflow and app endpoints and the refresh
/// middleware, registered the way the emulator registers them. Multi-user hosts get three accounts: an admin, a user
/// and a disabled user (all with password <c>pw</c>).
/// </summary>
internal sealed class AppTestHost : IAsyncDisposable
{
    public const string AdminEmail = "admin@example.com";
    public const string UserEmail = "user@example.com";
    public const string OtherEmail = "other@example.com";
    public const string DisabledEmail = "disabled@example.com";
    public const string Password = "pw";
    public const string Version = "6.14.0-alpha";

    private readonly WebApplication _app;

    private AppTestHost(WebApplication app, HttpClient client, ManualClock clock)
    {
        _app = app;
        Client = client;
        Clock = clock;
    }

    public HttpClient Client { get; }

    public ManualClock Clock { get; }

    public AuthService Auth => _app.Services.GetRequiredService<AuthService>();

    public IImageStore Images => _app.Services.GetRequiredService<IImageStore>();

    public WorkflowLibrary Workflows => _app.Services.GetRequiredService<WorkflowLibrary>();

    public static string OpenApiText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "invokeai-6.14.openapi.json"));

    public static async Task<AppTestHost> StartAsync(bool multiUser)
    {
        var options = new EmulatorOptions { MultiUser = multiUser, TokenSecret = "test-secret" };
        if (multiUser)
        {
            options.Users.Add(new EmulatorAccount(AdminEmail, Password, IsAdmin: true, DisplayName: "Admin"));
            options.Users.Add(new EmulatorAccount(UserEmail, Password, DisplayName: "User"));
            options.Users.Add(new EmulatorAccount(OtherEmail, Password));
            options.Users.Add(new EmulatorAccount(DisabledEmail, Password, IsActive: false));
        }

        var clock = new ManualClock(new DateTimeOffset(2026, 8, 19, 1, 2, 3, 456, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<AuthService>();
        builder.Services.AddSingleton<IImageStore, ImageStore>();
        builder.Services.AddSingleton<WorkflowLibrary>();
        var app = builder.Build();
        app.UseRefreshedToken();
        app.MapAuthEndpoints();
        app.MapImageEndpoints();
        app.MapWorkflowEndpoints();
        app.MapAppEndpoints(OpenApiText, Version);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(address) };
        return new AppTestHost(app, client, clock);
    }

    /// <summary>Logs in and returns the token.</summary>
    public async Task<string> LoginAsync(string email, bool rememberMe = false)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password, remember_me = rememberMe });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>Uploads <paramref name="png"/> (as <paramref name="contentType"/>) and returns the response.</summary>
    public Task<HttpResponseMessage> UploadAsync(byte[] png, string? token = null, string query = "?image_category=general&is_intermediate=false",
        string contentType = "image/png", string? resizeTo = null)
    {
        var request = Request(HttpMethod.Post, "/api/v1/images/upload" + query, token);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "upload.png");
        if (resizeTo is not null)
        {
            form.Add(new StringContent(resizeTo), "resize_to");
        }

        request.Content = form;
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
