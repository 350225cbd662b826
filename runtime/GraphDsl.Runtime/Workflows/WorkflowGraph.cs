namespace GraphDsl.Workflows;

/// <summary>
/// A saved workflow converted as InvokeAI's UI converts it before enqueueing (<c>buildNodesGraph</c> and the batch-node
/// grouping of <c>useEnqueueWorkflows</c>): the executable graph, the batch data from its batch nodes, and what the
/// conversion left out.
/// </summary>
/// <param name="Graph">The graph: the workflow's executable invocation nodes and the edges between them.</param>
/// <param name="Data">The batch data (<c>Batch.data</c>): one zip group per ungrouped batch node, one per batch group.</param>
/// <param name="Dropped">Everything the conversion left out, with the reason; nothing else is left out.</param>
public sealed record WorkflowGraph(Graph Graph, IReadOnlyList<BatchGroup> Data, IReadOnlyList<WorkflowDrop> Dropped);
