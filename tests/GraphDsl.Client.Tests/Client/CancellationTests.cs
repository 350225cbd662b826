using GraphDsl;
using GraphDsl.Emulator;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>An abandoned wait cancels its item on the server (CancelOnAbandon).</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Canceling_the_token_of_RunAsync_cancels_the_item_on_the_server()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { PollingInterval = TimeSpan.FromMilliseconds(20) });
        var progress = RecordingProgress.OnInProgress();
        using var cts = new CancellationTokenSource();
        var (graph, _) = TestGraphs.SingleAdd();

        var run = invoke.RunAsync(graph, progress, cts.Token);
        var itemId = (await progress.Triggered.WaitAsync(TestGraphs.Limit)).ItemId;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TestGraphs.Limit));
        var item = await invoke.WaitAsync(itemId, CancellationToken.None).WaitAsync(TestGraphs.Limit);
        Assert.Equal(InvokeQueueItemStatus.Canceled, item.Status);
    }

    [Fact]
    public async Task Without_CancelOnAbandon_the_item_keeps_running()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { PollingInterval = TimeSpan.FromMilliseconds(20), CancelOnAbandon = false });
        var (graph, _) = TestGraphs.SingleAdd();
        var enqueued = await invoke.EnqueueAsync(graph).WaitAsync(TestGraphs.Limit);
        var progress = RecordingProgress.OnInProgress();
        using var cts = new CancellationTokenSource();

        var wait = invoke.WaitAsync(enqueued.ItemIds[0], progress, cts.Token);
        await progress.Triggered.WaitAsync(TestGraphs.Limit);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TestGraphs.Limit));
        Assert.Equal(InvokeQueueItemStatus.InProgress, (await invoke.GetItemAsync(enqueued.ItemIds[0])).Status);
    }
}
