using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Nodes;

/// <summary>A node computed synchronously from its inputs.</summary>
internal sealed class DelegateNode(Func<NodeContext, JsonObject> invoke) : INodeImplementation
{
    public ValueTask<JsonObject> InvokeAsync(NodeContext context, CancellationToken cancellationToken) => ValueTask.FromResult(invoke(context));
}
