using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Nodes;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Execution;

/// <summary>
/// Runs sessions as InvokeAI's session processor does: node by node in the scheduler's order, reporting
/// started → progress* → complete, stopping at the first failure or at cancellation.
/// </summary>
public sealed class SessionRunner
{
    private readonly InvokeSchema _schema;
    private readonly IImageStore _images;
    private readonly SessionRunnerOptions _options;
    private readonly NodeRegistry _nodes = NodeRegistry.CreateDefault();

    /// <summary>A runner for sessions of <paramref name="schema"/>, saving images to <paramref name="images"/>.</summary>
    /// <param name="schema">The schema the sessions' graphs were validated against.</param>
    /// <param name="images">Where nodes store the images they make.</param>
    /// <param name="options">Progress steps and fault injection; read at each node, so it may be changed between runs.</param>
    public SessionRunner(InvokeSchema schema, IImageStore images, SessionRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(options);
        _schema = schema;
        _images = images;
        _options = options;
    }

    /// <summary>Runs <paramref name="session"/> to its end.</summary>
    /// <param name="session">The session; its state is updated as nodes finish (read it with <see cref="ExecutionSession.ToJson"/>).</param>
    /// <param name="context">The queue item the session belongs to.</param>
    /// <param name="observer">Receives the <c>invocation_*</c> moments.</param>
    /// <param name="cancellationToken">Cancels the session: finished nodes keep their results; step nodes stop mid-node.</param>
    /// <returns>Completed, Failed (with the error and the failed node) or Canceled.</returns>
    public async Task<SessionOutcome> RunAsync(ExecutionSession session, SessionRunContext context, IExecutionObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(observer);
        var state = new NodeRunState();
        try
        {
            while (true)
            {
                var next = session.Next();
                if (next is null)
                    return new SessionOutcome(SessionStatus.Completed);
                if (cancellationToken.IsCancellationRequested)
                    return new SessionOutcome(SessionStatus.Canceled);

                var node = new ExecutionNode(next.PreparedId, next.SourceId, next.EventNode);
                await observer.InvocationStartedAsync(node, cancellationToken).ConfigureAwait(false);
                JsonObject output;
                try
                {
                    output = await InvokeAsync(next, node, context, state, observer, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e)
                {
                    var (errorType, message) = e is EmulatedNodeException emulated ? (emulated.ErrorType, emulated.Message) : (e.GetType().Name, e.Message);
                    session.SetNodeError(next.PreparedId, $"{errorType}: {message}");
                    return new SessionOutcome(SessionStatus.Failed, errorType, message, PythonTraceback.Format(next.Type, errorType, message), node);
                }

                session.Complete(next.PreparedId, output);
                await observer.InvocationCompleteAsync(node, (JsonObject)output.DeepClone(), cancellationToken).ConfigureAwait(false);
                if (session.IsComplete())
                    return new SessionOutcome(SessionStatus.Completed);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new SessionOutcome(SessionStatus.Canceled);
        }
    }

    private async Task<JsonObject> InvokeAsync(PreparedInvocation next, ExecutionNode node, SessionRunContext context, NodeRunState state, IExecutionObserver observer, CancellationToken cancellationToken)
    {
        if (_options.BeforeNode is { } beforeNode)
            await beforeNode(next.Type, next.SourceId, cancellationToken).ConfigureAwait(false);
        RequiredInputs.Check(_schema.FindNode(next.Type), next.Type, next.Node);
        var nodeContext = new NodeContext
        {
            Node = next.Node,
            PreparedId = next.PreparedId,
            Schema = _schema,
            Images = _images,
            Run = context,
            State = state,
            ProgressSteps = Math.Max(_options.ProgressSteps, 0),
            BetweenProgressSteps = _options.BetweenProgressSteps,
            Progress = (message, percentage, image, token) => observer.InvocationProgressAsync(node, message, percentage, image, token),
        };
        return await _nodes.Resolve(next.Type).InvokeAsync(nodeContext, cancellationToken).ConfigureAwait(false);
    }
}
