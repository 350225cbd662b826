using GraphDsl;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Faults;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>RunAsync end to end against the emulator.</summary>
public sealed class RunTests
{
    [Fact]
    public async Task The_design_hello_graph_runs_and_its_typed_output_is_50()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var (graph, _, mul) = TestGraphs.Hello();

        GraphRun run = await invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, run.Output(mul).Value);
        Assert.Equal(InvokeQueueItemStatus.Completed, run.Item.Status);
        Assert.Empty(run.FieldValues);
    }

    [Fact]
    public async Task Outputs_under_an_iterator_come_in_iteration_order_and_collect_gathers_them()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var g = new GraphBuilder();
        var range = g.Add(new RangeInvocation { Start = 0, Stop = 5, Step = 1 }, "range");
        var each = g.Add(new IterateInvocation { Collection = range.Out.Collection }, "each");
        var add = g.Add(new AddInvocation { A = each.Out.Item, B = 100 }, "add");
        g.Add(new CollectInvocation { Item = add.Out.Value }, "collect");

        var run = await invoke.RunAsync(g.Build()).WaitAsync(TestGraphs.Limit);

        Assert.Equal([100L, 101, 102, 103, 104], run.Outputs(add).Select(o => o.Value));
        var collected = run.RawOutput("collect").GetProperty("collection").EnumerateArray().Select(e => e.GetInt64());
        Assert.Equal([100L, 101, 102, 103, 104], collected);
        Assert.Throws<InvalidOperationException>(() => run.Output(add));
    }

    [Fact]
    public async Task A_batch_over_three_values_gives_three_runs_in_order_with_their_values()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var (graph, add) = TestGraphs.SingleAdd(b: 1000);
        var batch = new Batch(graph);
        batch.Data.Add(BatchDatum.Of(add, "a", 7, 8, 9));

        var runs = await invoke.RunAsync(batch).WaitAsync(TestGraphs.Limit);

        Assert.Equal(3, runs.Count);
        Assert.Equal([1007L, 1008, 1009], runs.Select(r => r.Output(add).Value));
        Assert.Equal([7L, 8, 9], runs.Select(r => Assert.Single(r.FieldValues).Value.GetInt64()));
        Assert.Equal(runs.Select(r => r.ItemId).Order(), runs.Select(r => r.ItemId));
        Assert.Equal(runs.Enqueue.ItemIds, runs.Select(r => r.ItemId));
        Assert.False(runs.Enqueue.IsTruncated);
    }

    [Fact]
    public async Task A_node_failure_is_a_QueueItemFailedException_naming_the_source_node()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeFailures["mul"] = new EmulatedFailure("RuntimeError", "boom");
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress);
        var (graph, _, _) = TestGraphs.Hello();

        var error = await Assert.ThrowsAsync<QueueItemFailedException>(() => invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit));

        Assert.Equal("mul", error.NodeId);
        Assert.Equal("RuntimeError", error.ErrorType);
        Assert.Equal("boom", error.ErrorMessage);
        Assert.Contains("Traceback", error.ErrorTraceback);
        Assert.Equal(InvokeQueueItemStatus.Failed, error.Item.Status);
    }

    [Fact]
    public async Task A_server_restart_while_running_is_a_QueueItemCanceledException()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMinutes(5);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { PollingInterval = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(20) });
        var progress = RecordingProgress.OnInProgress();
        var (graph, _) = TestGraphs.SingleAdd();

        var run = invoke.RunAsync(graph, progress, CancellationToken.None);
        await progress.Triggered.WaitAsync(TestGraphs.Limit);
        await server.RestartAsync().WaitAsync(TestGraphs.Limit);

        var error = await Assert.ThrowsAsync<QueueItemCanceledException>(() => run.WaitAsync(TestGraphs.Limit));
        Assert.Equal(InvokeQueueItemStatus.Canceled, error.Item.Status);
    }

    [Fact]
    public async Task The_socket_dropped_mid_run_does_not_stop_the_run_from_completing()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeDelays["add"] = TimeSpan.FromMilliseconds(500);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { PollingInterval = TimeSpan.FromMilliseconds(20) });
        var progress = RecordingProgress.OnInProgress();
        var (graph, _, mul) = TestGraphs.Hello();

        var run = invoke.RunAsync(graph, progress, CancellationToken.None);
        await progress.Triggered.WaitAsync(TestGraphs.Limit);
        await server.DropSocketsAsync().AsTask().WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, (await run.WaitAsync(TestGraphs.Limit)).Output(mul).Value);
    }

    [Fact]
    public async Task A_batch_with_one_failing_item_throws_for_it_after_every_item_ended()
    {
        var options = new EmulatorOptions();
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress);
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation { A = 1, B = 1 }, "add");
        var div = g.Add(new DivideInvocation { A = 10, B = add.Out.Value }, "div");
        var batch = new Batch(g.Build());
        batch.Data.Add(BatchDatum.Of(add, "b", 1, -1, 4)); // 1 + -1 = 0: the second item divides by zero

        var error = await Assert.ThrowsAsync<QueueItemFailedException>(() => invoke.RunAsync(batch).WaitAsync(TestGraphs.Limit));

        Assert.Equal("div", error.NodeId);
        var status = await invoke.GetBatchStatusAsync(error.Item.BatchId!);
        Assert.Equal((2, 1), (status.Completed, status.Failed));
    }
}
