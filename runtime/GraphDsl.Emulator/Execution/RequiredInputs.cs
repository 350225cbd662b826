using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Execution;

/// <summary>The check <c>invoke_internal</c> makes before a node runs (baseinvocation.py:214-236).</summary>
internal static class RequiredInputs
{
    /// <summary>Throws as InvokeAI does for the first input required at execution that has neither a value nor a connection.</summary>
    public static void Check(NodeTemplate? template, string type, JsonObject node)
    {
        if (template is null)
            return;
        foreach (var field in template.Inputs)
        {
            if (!field.IsRequiredAtExecution)
                continue;
            if (node.TryGetPropertyValue(field.Name, out var value) && value is not null && value.GetValueKind() != JsonValueKind.Null)
                continue;
            switch (field.Kind)
            {
                case GraphDsl.InputKind.Connection:
                    throw new EmulatedNodeException("RequiredConnectionException", $"Node {type} missing connections for field {field.Name}");
                case GraphDsl.InputKind.Any:
                    throw new EmulatedNodeException("MissingInputException", $"Node {type} missing value or connection for field {field.Name}");
            }
        }
    }
}
