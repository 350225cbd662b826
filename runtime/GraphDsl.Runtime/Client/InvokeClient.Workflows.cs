using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Workflows;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    private InvokeWorkflows? _workflows;

    /// <summary>The server's workflow library, and workflow conversions that need the server.</summary>
    public InvokeWorkflows Workflows => _workflows ??= new InvokeWorkflows(this, _http);

    /// <summary>
    /// Runs a saved workflow as the UI's Invoke button does: converts it (<see cref="InvokeWorkflows.ToBatchAsync"/>),
    /// enqueues the batch and awaits every queue item, with progress, typed errors and the results by node id.
    /// </summary>
    /// <param name="workflow">The workflow, with its current values.</param>
    /// <param name="progress">Receives progress of each item; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops waiting (the items stay queued).</param>
    /// <returns>One run per queue item, in the server's order.</returns>
    /// <exception cref="WorkflowException">The workflow cannot be converted; every problem is listed.</exception>
    /// <exception cref="InvokeValidationException">The server refused the batch (422).</exception>
    /// <exception cref="QueueItemFailedException">An item failed.</exception>
    public Task<BatchRun> RunWorkflowAsync(Workflow workflow, IProgress<InvokeProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunWorkflowAsync(workflow, null, progress, cancellationToken);

    /// <summary>Runs a saved workflow with conversion options (auto-add board, runs, graph id).</summary>
    /// <param name="workflow">The workflow, with its current values.</param>
    /// <param name="options">The UI state the conversion reads; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Receives progress of each item; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops waiting (the items stay queued).</param>
    /// <returns>One run per queue item, in the server's order.</returns>
    /// <exception cref="WorkflowException">The workflow cannot be converted; every problem is listed.</exception>
    /// <exception cref="InvokeValidationException">The server refused the batch (422).</exception>
    /// <exception cref="QueueItemFailedException">An item failed.</exception>
    public async Task<BatchRun> RunWorkflowAsync(Workflow workflow, WorkflowConversionOptions? options, IProgress<InvokeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ThrowIfDisposed();
        var batch = await Workflows.ToBatchAsync(workflow, options, cancellationToken).ConfigureAwait(false);
        return await RunAsync(batch, progress, cancellationToken).ConfigureAwait(false);
    }
}
