namespace GraphDsl.Cli.Graphs;

/// <summary>What a graph file holds.</summary>
internal enum GraphDocumentKind
{
    /// <summary>A graph: <c>{"id", "nodes", "edges"}</c>.</summary>
    Graph,

    /// <summary>A batch: <c>{"graph", "data", "runs", …}</c>.</summary>
    Batch,

    /// <summary>An <c>enqueue_batch</c> request body: <c>{"batch": {…}, "prepend"}</c>.</summary>
    EnqueueBody,
}
