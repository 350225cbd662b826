using GraphDsl.Emulator.Execution;

namespace GraphDsl.Emulator.Nodes;

/// <summary>The python exceptions emulated nodes raise.</summary>
internal static class PythonErrors
{
    public static EmulatedNodeException ZeroDivision(string message = "division by zero") => new("ZeroDivisionError", message);

    public static EmulatedNodeException Value(string message) => new("ValueError", message);

    /// <summary>What a field validator failing on an input set from an edge becomes (graph.py:1414-1430).</summary>
    public static EmulatedNodeException InvalidInput(NodeContext context, string field) =>
        new("NodeInputError", $"Node {context.PreparedId} has invalid incoming input for {field}");
}
