namespace GraphDsl.Cli.Graphs;

/// <summary>One problem of a graph file.</summary>
/// <param name="Where">What it is about: <c>node 'n1' (add), field 'a'</c>, <c>edge #0, destination</c>, <c>batch.runs</c>, or <c>graph</c>.</param>
/// <param name="Message">What is wrong, in the server's words where the server would say it.</param>
/// <param name="AtExecution">The server accepts the graph, but the item fails when the node runs.</param>
internal sealed record GraphIssue(string Where, string Message, bool AtExecution = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Message}{(AtExecution ? " (accepted at enqueue; fails when the node runs)" : "")}";
}
