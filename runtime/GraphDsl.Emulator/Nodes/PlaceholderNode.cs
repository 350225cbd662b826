using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Nodes;

/// <summary>
/// Any node the emulator does not compute: a schema-valid output of the node's output type (real PNGs for images), after
/// <see cref="NodeContext.ProgressSteps"/> progress events for step nodes (denoise, upscale).
/// </summary>
internal sealed class PlaceholderNode : INodeImplementation
{
    public async ValueTask<JsonObject> InvokeAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var builder = new PlaceholderOutputBuilder(context);
        if (StepNodes.IsStepNode(context.Type))
        {
            var (width, height) = builder.Size;
            var steps = context.ProgressSteps;
            for (var step = 1; step <= steps; step++)
            {
                if (step > 1 && context.BetweenProgressSteps is { } between)
                    await between(cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                await context.Progress(StepNodes.MessageOf(context.Type), (double)step / steps, NodeImages.Preview(width, height, step), cancellationToken).ConfigureAwait(false);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var outputType = context.Template?.OutputType ?? throw new InvalidOperationException($"Node type {context.Type} is not in the schema.");
        return builder.Build(outputType);
    }
}
