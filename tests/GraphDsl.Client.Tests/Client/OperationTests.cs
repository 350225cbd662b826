using GraphDsl;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Faults;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>QueueItemOperation: start, poll, await, resume from an id.</summary>
public sealed class OperationTests
{
    [Fact]
    public async Task An_operation_started_by_one_client_is_resumed_by_another_from_its_id()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        var (graph, _, mul) = TestGraphs.Hello();
        long itemId;
        await using (var first = new InvokeClient(server.BaseAddress))
        {
            var started = await first.StartAsync(graph).WaitAsync(TestGraphs.Limit);
            Assert.False(started.HasCompleted);
            Assert.Throws<InvalidOperationException>(() => started.Value);
            itemId = started.ItemId;
        }
        await using var second = new InvokeClient(server.BaseAddress);

        var resumed = second.GetOperation(itemId);
        var run = await resumed.WaitForCompletionAsync().WaitAsync(TestGraphs.Limit);

        Assert.True(resumed.HasCompleted);
        Assert.Equal(50, run.Output(mul).Value);
        Assert.Equal(InvokeQueueItemStatus.Completed, (await resumed.UpdateStatusAsync()).Status);
    }

    [Fact]
    public async Task The_value_of_a_failed_operation_throws_its_failure()
    {
        var options = new EmulatorOptions();
        options.Faults.NodeFailures["add"] = new EmulatedFailure("ValueError", "bad");
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var invoke = new InvokeClient(server.BaseAddress);

        var operation = await invoke.StartAsync(TestGraphs.SingleAdd().Graph).WaitAsync(TestGraphs.Limit);
        var error = await Assert.ThrowsAsync<QueueItemFailedException>(() => operation.WaitForCompletionAsync().WaitAsync(TestGraphs.Limit));

        Assert.Equal(("add", "ValueError"), (error.NodeId, error.ErrorType));
        Assert.True(operation.HasCompleted);
    }
}
