using System.Text.Json;
using GraphDsl;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Faults;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>EnqueueAsync: ids, typed 422s, and no duplicate when the answer is lost.</summary>
public sealed class EnqueueTests
{
    private static InvokeClientOptions Fast => new() { PollingInterval = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(10) };

    [Fact]
    public async Task Enqueue_returns_ascending_ids_and_the_fresh_batch_id_the_client_chose()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var (graph, _) = TestGraphs.SingleAdd();
        var batch = new Batch(graph) { Runs = 3 };

        var result = await invoke.EnqueueAsync(batch).WaitAsync(TestGraphs.Limit);

        Assert.Equal(3, result.ItemIds.Count);
        Assert.Equal(result.ItemIds.Order(), result.ItemIds);
        Assert.Null(batch.BatchId); // the caller's batch is not modified
        Assert.True(Guid.TryParse(result.BatchId, out _));
        Assert.Equal((3, 3, false, false), (result.Enqueued, result.Requested, result.IsTruncated, result.IsRecovered));
        Assert.Equal(3, (await invoke.GetBatchStatusAsync(result.BatchId)).Total);
    }

    [Fact]
    public async Task A_422_is_an_InvokeValidationException_naming_node_and_field()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var g = new GraphBuilder();
        // A descriptor that believes `a` is a string: the client lets it through, the server answers 422.
        var real = new AddInvocation().Descriptor;
        var wrong = new NodeDescriptor(real.Type, real.Version, real.OutputType, real.Outputs,
            real.Inputs.Select(i => i.Name == "a" ? i with { WireType = "str", Codec = GraphDsl.Serialization.WireCodecs.String } : i).ToList());
        var bad = g.Add(new UntypedInvocation(wrong), "adder");
        bad.Set("a", JsonDocument.Parse("\"not a number\"").RootElement);

        var error = await Assert.ThrowsAsync<InvokeValidationException>(() => invoke.EnqueueAsync(g.Build()).WaitAsync(TestGraphs.Limit));

        var entry = Assert.Single(error.Errors, e => e.Field == "a");
        Assert.Equal("adder", entry.NodeId);
        Assert.Equal("int_parsing", entry.Type);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.StatusCode);
    }

    [Theory]
    [InlineData(HttpFaultKind.ConnectionReset)]
    [InlineData(HttpFaultKind.Status)]
    public async Task An_enqueue_whose_answer_is_lost_leaves_exactly_one_item_and_recovers_its_id(HttpFaultKind kind)
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress, Fast);
        var (graph, add) = TestGraphs.SingleAdd(a: 20, b: 22);
        server.Options.Faults.AddHttpFault(new HttpFault("POST", "/api/v1/queue/default/enqueue_batch", kind, AfterHandling: true));

        var result = await invoke.EnqueueAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.True(result.IsRecovered);
        Assert.Equal(1, (await invoke.GetBatchStatusAsync(result.BatchId)).Total);
        var item = await invoke.WaitAsync(Assert.Single(result.ItemIds)).WaitAsync(TestGraphs.Limit);
        Assert.Equal(42, new GraphRun(item).Output(add).Value);
        Assert.Equal(result.BatchId, item.BatchId);
    }

    [Fact]
    public async Task An_enqueue_refused_before_handling_is_sent_again_once()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress, Fast);
        var (graph, _) = TestGraphs.SingleAdd();
        server.Options.Faults.AddHttpFault(new HttpFault("POST", "/api/v1/queue/default/enqueue_batch", HttpFaultKind.Status, StatusCode: 503));

        var result = await invoke.EnqueueAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.False(result.IsRecovered);
        Assert.Equal(1, (await invoke.GetBatchStatusAsync(result.BatchId)).Total);
    }

    [Theory]
    [InlineData(HttpFaultKind.Status)]
    [InlineData(HttpFaultKind.ConnectionReset)]
    public async Task Bursts_of_5xx_or_resets_on_GETs_are_retried(HttpFaultKind kind)
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress, Fast);
        var (graph, _, mul) = TestGraphs.Hello();
        server.Options.Faults.AddHttpFault(new HttpFault("GET", "/api/v1/queue/default/i/", kind, Count: 3, StatusCode: 503));

        var run = await invoke.RunAsync(graph).WaitAsync(TestGraphs.Limit);

        Assert.Equal(50, run.Output(mul).Value);
    }

    [Fact]
    public async Task GET_failures_beyond_the_retry_budget_are_an_InvokeServerException_with_the_status()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress, new InvokeClientOptions { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(1) });
        server.Options.Faults.AddHttpFault(new HttpFault("GET", "/api/v1/queue/default/b/", HttpFaultKind.Status, Count: 2, StatusCode: 502));

        var error = await Assert.ThrowsAsync<InvokeServerException>(() => invoke.GetBatchStatusAsync("x").WaitAsync(TestGraphs.Limit));

        Assert.Equal(System.Net.HttpStatusCode.BadGateway, error.StatusCode);
    }
}
