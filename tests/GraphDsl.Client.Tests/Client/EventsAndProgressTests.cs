using System.Net.Http.Json;
using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>Waiting on socket events, the polling fallback, and progress reports.</summary>
public sealed class EventsAndProgressTests
{
    /// <summary>Polling so rare that only socket events can finish the wait within the test's limit.</summary>
    private static InvokeClientOptions EventsOnly => new()
    {
        PollingInterval = TimeSpan.FromMinutes(10),
        MaxPollingInterval = TimeSpan.FromMinutes(10),
        SocketReconcileInterval = TimeSpan.FromMinutes(10),
    };

    [Fact]
    public async Task Socket_events_alone_complete_a_wait()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMilliseconds(300);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, EventsOnly);
        var (graph, _, mul) = TestGraphs.Hello();

        var run = await invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, run.Output(mul).Value);
    }

    [Fact]
    public async Task After_the_sockets_are_dropped_the_reconnect_reconciles_the_wait()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMilliseconds(500);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, EventsOnly);
        var (graph, _, mul) = TestGraphs.Hello();

        var run = invoke.RunAsync(graph, CancellationToken.None);
        // The server's own view decides when to drop, not the client's events (they are what is under test).
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using (var limit = new CancellationTokenSource(TestGraphs.Limit))
        {
            while ((await http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("api/v1/queue/default/status", limit.Token))!["queue"]!["in_progress"]!.GetValue<int>() == 0)
                await Task.Delay(TimeSpan.FromMilliseconds(10), limit.Token);
        }
        await server.DropSocketsAsync().AsTask().WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, (await run.WaitAsync(TestGraphs.Limit)).Output(mul).Value);
    }

    [Fact]
    public async Task Without_the_socket_the_wait_polls_to_completion()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { UseSocket = false, PollingInterval = TimeSpan.FromMilliseconds(10) });
        var progress = new RecordingProgress();
        var (graph, _, mul) = TestGraphs.Hello();

        var run = await invoke.RunAsync(graph, progress, CancellationToken.None).WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, run.Output(mul).Value);
        Assert.Equal(InvokeQueueItemStatus.Completed, progress.Reports.Last().Status);
        Assert.DoesNotContain(progress.Reports, p => p.Kind != InvokeProgressKind.StatusChanged);
    }

    [Fact]
    public async Task Slow_progress_is_reported_with_percentages_messages_and_previews()
    {
        var options = new EmulatorOptions { ProgressSteps = 4 };
        options.Faults.ProgressStepDelay = TimeSpan.FromMilliseconds(50);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress);
        var image = await invoke.UploadImageAsync(new MemoryStream(TestImages.OnePixelPng), "in.png").WaitAsync(TestGraphs.Limit);
        var g = new GraphBuilder();
        g.Add(new ESRGANInvocation { Image = new ImageField { ImageName = image.ImageName } }, "upscale");
        var progress = new RecordingProgress();

        await invoke.RunAsync(g.Build(), progress, CancellationToken.None).WaitAsync(TestGraphs.Limit);

        var steps = progress.Reports.Where(p => p.Kind == InvokeProgressKind.NodeProgress).ToList();
        Assert.Equal(4, steps.Count);
        Assert.All(steps, s => Assert.Equal("upscale", s.NodeId));
        Assert.Equal([0.25, 0.5, 0.75, 1.0], steps.Select(s => s.Percentage ?? -1));
        Assert.All(steps, s => Assert.StartsWith("data:image/", s.Image?.DataUrl));
        Assert.Contains(progress.Reports, p => p.Kind == InvokeProgressKind.NodeCompleted && p.NodeId == "upscale");
        Assert.Equal(InvokeQueueItemStatus.Completed, progress.Reports.Last(p => p.Kind == InvokeProgressKind.StatusChanged).Status);
    }
}
