using GraphDsl;
using GraphDsl.DependencyInjection;
using GraphDsl.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>AddInvokeClient: a working client from IHttpClientFactory, and validated options.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddInvokeClient_resolves_a_client_that_runs_a_graph()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        var services = new ServiceCollection();
        services.AddInvokeClient(server.BaseAddress, o => o.PollingInterval = TimeSpan.FromMilliseconds(20));
        await using var provider = services.BuildServiceProvider();

        var invoke = provider.GetRequiredService<InvokeClient>();
        var (graph, _, mul) = TestGraphs.Hello();
        var run = await invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.Same(invoke, provider.GetRequiredService<InvokeClient>());
        Assert.Equal(50, run.Output(mul).Value);
    }

    [Fact]
    public async Task Invalid_options_fail_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddInvokeClient(new Uri("http://localhost:1"), o => o.Email = "only-email@example.com");
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<InvokeClient>());

        Assert.Contains("Email and Password", error.Message);
    }
}
