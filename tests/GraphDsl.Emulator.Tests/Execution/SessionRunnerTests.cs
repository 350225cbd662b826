using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using Xunit;
using static GraphDsl.Emulator.Tests.Execution.ExecutionFixture;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>Failures, fault injection, cancellation and progress of <see cref="SessionRunner"/>.</summary>
public sealed class SessionRunnerTests
{
    [Fact]
    public async Task A_missing_any_input_fails_the_node_with_MissingInputException_after_upstream_nodes_ran()
    {
        var graph = new TestGraph()
            .Node("seed", "integer", new { value = 5 })
            .Node("canny", "canny_edge_detection")
            .Node("after", "add")
            .Edge("seed", "value", "canny", "low_threshold")
            .Edge("seed", "value", "after", "a")
            .Build();

        var (_, outcome, observer, _, state) = await RunAsync(graph);

        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Equal("MissingInputException", outcome.ErrorType);
        Assert.Equal("Node canny_edge_detection missing value or connection for field image", outcome.ErrorMessage);
        Assert.StartsWith("Traceback (most recent call last):\n", outcome.ErrorTraceback);
        Assert.EndsWith("MissingInputException: Node canny_edge_detection missing value or connection for field image\n", outcome.ErrorTraceback);
        Assert.Equal("canny", outcome.FailedNode!.SourceId);
        var errors = (JsonObject)state["errors"]!;
        Assert.Equal("MissingInputException: Node canny_edge_detection missing value or connection for field image", (string)errors[outcome.FailedNode.PreparedId]!);
        Assert.Single(errors);
        Assert.Equal(5L, (long)ResultsOf(state, "seed").Single()["value"]!);
        Assert.Contains(observer.Events, e => e.Kind == "started" && e.Node.SourceId == "canny");
        Assert.DoesNotContain(observer.Events, e => e.Kind == "complete" && e.Node.SourceId == "canny");
        Assert.Equal(5L, (long)ResultsOf(state, "after").Single()["value"]!); // AddInvocation runs before CannyEdgeDetectionInvocation
    }

    [Fact]
    public async Task A_missing_connection_fails_with_RequiredConnectionException()
    {
        var graph = new TestGraph().Node("skip", "clip_skip", new { skipped_layers = 1 }).Build();

        var (_, outcome, _, _, _) = await RunAsync(graph);

        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Equal("RequiredConnectionException", outcome.ErrorType);
        Assert.Equal("Node clip_skip missing connections for field clip", outcome.ErrorMessage);
    }

    [Fact]
    public async Task An_emulated_exception_in_BeforeNode_fails_the_node_with_its_type()
    {
        var options = new SessionRunnerOptions
        {
            BeforeNode = (type, source, _) => type == "add" ? throw new EmulatedNodeException("OutOfMemoryError", "CUDA out of memory") : ValueTask.CompletedTask,
        };
        var graph = new TestGraph().Node("one", "integer", new { value = 1 }).Node("sum", "add").Edge("one", "value", "sum", "a").Build();

        var (_, outcome, _, _, state) = await RunAsync(graph, options);

        Assert.Equal("OutOfMemoryError", outcome.ErrorType);
        Assert.Equal("CUDA out of memory", outcome.ErrorMessage);
        Assert.Equal("sum", outcome.FailedNode!.SourceId);
        Assert.Equal("OutOfMemoryError: CUDA out of memory", (string)state["errors"]![outcome.FailedNode.PreparedId]!);
    }

    [Fact]
    public async Task Any_other_exception_in_BeforeNode_reports_its_type_name()
    {
        var options = new SessionRunnerOptions { BeforeNode = (_, _, _) => throw new InvalidOperationException("boom") };

        var (_, outcome, _, _, _) = await RunAsync(new TestGraph().Node("one", "integer").Build(), options);

        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Equal("InvalidOperationException", outcome.ErrorType);
        Assert.Equal("boom", outcome.ErrorMessage);
    }

    [Fact]
    public async Task Cancellation_stops_at_the_next_node_and_keeps_finished_results()
    {
        using var cancel = new CancellationTokenSource();
        var graph = new TestGraph().Node("one", "integer", new { value = 1 }).Node("sum", "add").Edge("one", "value", "sum", "a").Build();
        var session = ExecutionSession.Create(graph, Schema614);
        var observer = new RecordingObserver();
        observer.OnComplete = (_, _) =>
        {
            cancel.Cancel();
            return ValueTask.CompletedTask;
        };
        var runner = new SessionRunner(Schema614, new FakeImageStore(), new SessionRunnerOptions());

        var outcome = await runner.RunAsync(session, Context(session), observer, cancel.Token);

        Assert.Equal(SessionStatus.Canceled, outcome.Status);
        var state = session.ToJson();
        Assert.Equal(1L, (long)ResultsOf(state, "one").Single()["value"]!);
        Assert.DoesNotContain(observer.Events, e => e.Node.SourceId == "sum");
        Assert.Empty((JsonObject)state["errors"]!);
    }

    [Fact]
    public async Task Cancellation_between_progress_steps_stops_a_step_node()
    {
        using var cancel = new CancellationTokenSource();
        var steps = 0;
        var options = new SessionRunnerOptions
        {
            ProgressSteps = 5,
            BetweenProgressSteps = _ =>
            {
                if (++steps == 2)
                    cancel.Cancel();
                return ValueTask.CompletedTask;
            },
        };
        var graph = new TestGraph().Node("blank", "blank_image").Node("upscale", "esrgan").Edge("blank", "image", "upscale", "image").Build();
        var session = ExecutionSession.Create(graph, Schema614);
        var observer = new RecordingObserver();

        var outcome = await new SessionRunner(Schema614, new FakeImageStore(), options).RunAsync(session, Context(session), observer, cancel.Token);

        Assert.Equal(SessionStatus.Canceled, outcome.Status);
        Assert.Equal(2, observer.Events.Count(e => e.Kind == "progress"));
        Assert.Empty(ResultsOf(session.ToJson(), "upscale"));
    }

    [Fact]
    public async Task Step_nodes_report_progress_between_started_and_complete()
    {
        var graph = new TestGraph()
            .Node("blank", "blank_image", new { width = 64, height = 48 })
            .Node("upscale", "esrgan")
            .Edge("blank", "image", "upscale", "image")
            .Build();

        var (_, outcome, observer, _, _) = await RunAsync(graph, new SessionRunnerOptions { ProgressSteps = 3 });

        AssertCompleted(outcome);
        var upscale = observer.Events.Where(e => e.Node.SourceId == "upscale").ToList();
        Assert.Equal(["started", "progress", "progress", "progress", "complete"], upscale.Select(e => e.Kind));
        Assert.Equal([1 / 3.0, 2 / 3.0, 1.0], upscale.Where(e => e.Kind == "progress").Select(e => e.Percentage!.Value));
        Assert.All(upscale.Where(e => e.Kind == "progress"), e =>
        {
            Assert.Equal("Upscaling", e.Message);
            Assert.StartsWith("data:image/png;base64,", e.Image!.DataUrl);
            Assert.Equal((64, 48), (e.Image.Width, e.Image.Height));
        });
        Assert.DoesNotContain(observer.Events, e => e.Kind == "progress" && e.Node.SourceId == "blank");
    }

    [Fact]
    public async Task A_denoise_node_reports_Denoising_progress()
    {
        var item = CapturedItems.Load("call-wf-sdxl-text-to-image.json");

        var (_, outcome, observer, _, _) = await RunAsync((JsonObject)item["session"]!["graph"]!, new SessionRunnerOptions { ProgressSteps = 2 });

        AssertCompleted(outcome);
        var progress = observer.Events.Where(e => e.Kind == "progress").ToList();
        Assert.Equal(2, progress.Count);
        Assert.All(progress, e => Assert.Equal("denoise_latents", (string)e.Node.Invocation["type"]!));
        Assert.All(progress, e => Assert.Equal("Denoising", e.Message));
        Assert.Equal((768, 1024), (progress[0].Image!.Width, progress[0].Image!.Height));
    }

    [Fact]
    public async Task The_session_json_read_during_a_run_shows_the_finished_nodes()
    {
        var graph = new TestGraph().Node("one", "integer", new { value = 1 }).Node("sum", "add").Edge("one", "value", "sum", "a").Build();
        var session = ExecutionSession.Create(graph, Schema614);
        var snapshots = new List<JsonObject>();
        var observer = new RecordingObserver { OnComplete = (_, _) => { snapshots.Add(session.ToJson()); return ValueTask.CompletedTask; } };

        var outcome = await new SessionRunner(Schema614, new FakeImageStore(), new SessionRunnerOptions()).RunAsync(session, Context(session), observer, CancellationToken.None);

        AssertCompleted(outcome);
        Assert.Equal(2, snapshots.Count);
        Assert.Equal(["one"], ((JsonArray)snapshots[0]["executed_history"]!).Select(e => (string)e!));
        Assert.Single((JsonObject)snapshots[0]["results"]!);
        Assert.Equal(2, ((JsonObject)snapshots[1]["results"]!).Count);
        Assert.Equal(session.Id, (string)snapshots[0]["id"]!);
    }
}
