using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Workflows;

/// <summary>
/// <c>call_saved_workflow_compatibility</c> (a <c>WorkflowCallCompatibility</c>), approximated: the <c>workflow_return</c>
/// count decides as in InvokeAI (0 → <c>missing_workflow_return</c>, &gt;1 → <c>multiple_workflow_return</c>); with exactly
/// one the emulator does not build the child graph and answers <c>ok</c>. None of the default workflows has one.
/// </summary>
internal static class WorkflowCompatibility
{
    /// <summary>The compatibility object for <paramref name="workflow"/>.</summary>
    public static JsonObject For(JsonObject workflow)
    {
        var returns = (workflow["nodes"] as JsonArray ?? []).Count(node =>
            node is JsonObject n && (string?)(n["type"] as JsonValue) == "invocation"
            && n["data"] is JsonObject data && data["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "workflow_return");
        return returns switch
        {
            0 => Result(false, "missing_workflow_return", "The workflow must contain exactly one workflow_return node."),
            1 => Result(true, "ok", null),
            _ => Result(false, "multiple_workflow_return", "The workflow must not contain more than one workflow_return node."),
        };
    }

    /// <summary>Whether <paramref name="workflow"/> is reported callable.</summary>
    public static bool IsCallable(JsonObject workflow) => (bool)For(workflow)["is_callable"]!;

    private static JsonObject Result(bool isCallable, string reason, string? message) => new()
    {
        ["is_callable"] = isCallable,
        ["reason"] = reason,
        ["message"] = message,
    };
}
