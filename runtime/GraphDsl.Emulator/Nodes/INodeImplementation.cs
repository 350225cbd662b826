using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Emulator.Nodes;

/// <summary>What a node type does in the emulator: its output for a prepared node with resolved inputs.</summary>
internal interface INodeImplementation
{
    /// <summary>Runs the node; the output object has its <c>type</c>. Throws <see cref="Execution.EmulatedNodeException"/> to fail as python would.</summary>
    ValueTask<JsonObject> InvokeAsync(NodeContext context, CancellationToken cancellationToken);
}
