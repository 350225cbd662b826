using GraphDsl;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Auth;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>Multi-user servers: login, token refresh, refusals.</summary>
public sealed class AuthTests
{
    private static EmulatorOptions MultiUser()
    {
        var options = new EmulatorOptions { MultiUser = true };
        options.Users.Add(new EmulatorAccount("ann@example.com", "s3cret-pass", IsAdmin: false));
        return options;
    }

    [Fact]
    public async Task A_login_runs_a_graph_and_the_refreshed_token_is_adopted()
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        await using var invoke = new InvokeClient(http, new InvokeClientOptions { Email = "ann@example.com", Password = "s3cret-pass" });
        var (graph, _, mul) = TestGraphs.Hello();

        var run = await invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit);
        await invoke.GetItemAsync(run.ItemId).WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, run.Output(mul).Value);
        var exchanges = handler.Exchanges.ToList();
        Assert.Equal("/api/v1/auth/login", exchanges[0].Path);
        var enqueue = exchanges.FindIndex(e => e.Path.EndsWith("/enqueue_batch", StringComparison.Ordinal));
        var refreshed = exchanges[enqueue].Refreshed;
        Assert.False(string.IsNullOrEmpty(refreshed));
        Assert.Equal(refreshed, exchanges[^1].Bearer);
    }

    [Fact]
    public async Task A_wrong_password_is_an_InvokeAuthenticationException()
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { Email = "ann@example.com", Password = "wrong" });

        var error = await Assert.ThrowsAsync<InvokeAuthenticationException>(() => invoke.RunAsync(TestGraphs.Hello().Graph).WaitAsync(TestGraphs.Limit));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task No_credentials_on_a_multi_user_server_is_an_InvokeAuthenticationException()
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { UseSocket = false });

        var error = await Assert.ThrowsAsync<InvokeAuthenticationException>(() => invoke.EnqueueAsync(TestGraphs.Hello().Graph).WaitAsync(TestGraphs.Limit));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task A_static_token_from_a_login_elsewhere_is_sent_as_Bearer()
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        string token;
        await using (var login = new InvokeClient(server.BaseAddress, new InvokeClientOptions { Email = "ann@example.com", Password = "s3cret-pass", UseSocket = false }))
            token = (await login.Http.GetTokenAsync(CancellationToken.None))!;
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { Token = token });

        var run = await invoke.RunAsync(TestGraphs.Hello().Graph).WaitAsync(TestGraphs.Limit);

        Assert.Equal(InvokeQueueItemStatus.Completed, run.Item.Status);
    }

    [Fact]
    public async Task The_socket_authenticates_with_the_login_token_and_its_events_finish_the_wait()
    {
        var options = MultiUser();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMilliseconds(200);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions
        {
            Email = "ann@example.com",
            Password = "s3cret-pass",
            PollingInterval = TimeSpan.FromMinutes(10), // only events can finish the wait in time
            MaxPollingInterval = TimeSpan.FromMinutes(10),
            SocketReconcileInterval = TimeSpan.FromMinutes(10),
        });
        var progress = new RecordingProgress();

        var run = await invoke.RunAsync(TestGraphs.Hello().Graph, progress, CancellationToken.None).WaitAsync(TestGraphs.Limit);

        Assert.Equal(InvokeQueueItemStatus.Completed, run.Item.Status);
        Assert.Contains(progress.Reports, p => p.Kind == InvokeProgressKind.NodeCompleted && p.NodeId == "mul");
    }
}
