namespace GraphDsl;

/// <summary>One entry of a FastAPI 422 answer (<c>detail[i]</c>).</summary>
/// <param name="NodeId">The graph node the error is about (from <c>loc</c> <c>[…,"nodes",id,…]</c>), when it names one.</param>
/// <param name="Field">The node's field (from <c>loc</c> <c>[…,"nodes",id,type,field]</c>), when it names one.</param>
/// <param name="Message">The server's message (<c>msg</c>).</param>
/// <param name="Type">The pydantic error type (<c>missing</c>, <c>int_parsing</c>, <c>value_error</c>, …).</param>
/// <param name="Location">The raw <c>loc</c>, e.g. <c>body.batch.graph.nodes.add.add.a</c> as a list.</param>
public sealed record InvokeValidationError(string? NodeId, string? Field, string Message, string? Type, IReadOnlyList<string> Location)
{
    /// <inheritdoc/>
    public override string ToString() =>
        NodeId is null ? $"{string.Join('.', Location)}: {Message}" : $"{NodeId}{(Field is null ? "" : "." + Field)}: {Message}";
}
