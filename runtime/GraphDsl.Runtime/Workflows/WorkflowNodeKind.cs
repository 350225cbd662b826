namespace GraphDsl.Workflows;

/// <summary>What a node of a saved workflow is, as far as the conversion to a graph is concerned.</summary>
public enum WorkflowNodeKind
{
    /// <summary>An executable invocation: it becomes a graph node.</summary>
    Invocation,

    /// <summary>A batch node (<c>image_batch</c>, <c>string_batch</c>, <c>integer_batch</c>, <c>float_batch</c>): its items become batch data.</summary>
    Batch,

    /// <summary>A generator node (<c>image_generator</c>, <c>string_generator</c>, <c>integer_generator</c>, <c>float_generator</c>): it feeds a batch node's items.</summary>
    Generator,

    /// <summary>A connector (reroute) node: flattened into direct edges.</summary>
    Connector,

    /// <summary>A notes node: not executed.</summary>
    Notes,

    /// <summary>The editor's current-image node (never saved by the UI): not executed.</summary>
    CurrentImage,
}
