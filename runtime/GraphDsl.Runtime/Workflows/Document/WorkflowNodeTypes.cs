namespace GraphDsl.Workflows;

/// <summary>The node types InvokeAI's UI treats specially (<c>features/nodes/types/invocation.ts</c>, <c>extraInputs.ts</c>).</summary>
internal static class WorkflowNodeTypes
{
    public const string ImageBatch = "image_batch";
    public const string CoreMetadata = "core_metadata";
    public const string CallSavedWorkflow = "call_saved_workflow";
    public const string WorkflowReturn = "workflow_return";
    public const string ImageCollection = "image_collection";

    /// <summary>The prefix of <c>call_saved_workflow</c>'s dynamic inputs, folded into <c>workflow_inputs</c>.</summary>
    public const string SavedWorkflowInputPrefix = "saved_workflow_input::";

    /// <summary>The connector's input and output handles.</summary>
    public const string ConnectorIn = "in";

    /// <inheritdoc cref="ConnectorIn"/>
    public const string ConnectorOut = "out";

    /// <summary>Batch nodes: UI-only, their items become batch data (<c>isBatchNodeType</c>).</summary>
    public static bool IsBatch(string? type) => type is "image_batch" or "string_batch" or "integer_batch" or "float_batch";

    /// <summary>Generator nodes: UI-only, they feed a batch node (<c>isGeneratorNodeType</c>).</summary>
    public static bool IsGenerator(string? type) => type is "image_generator" or "string_generator" or "integer_generator" or "float_generator";

    /// <summary>Nodes whose pydantic model allows extra inputs, which the UI forwards verbatim (<c>nodeAcceptsExtraInputs</c>).</summary>
    public static bool AcceptsExtraInputs(string? type) => type == CoreMetadata;

    /// <summary>The batch node's list input and output handle.</summary>
    public static (string ItemsField, string OutputField) BatchFields(string type) => type switch
    {
        "image_batch" => ("images", "image"),
        "string_batch" => ("strings", "value"),
        "integer_batch" => ("integers", "value"),
        _ => ("floats", "value"),
    };
}
