namespace GraphDsl;

/// <summary>One reason a graph would be rejected or would fail on the server.</summary>
/// <param name="NodeId">The node concerned.</param>
/// <param name="Field">The field concerned, when there is one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record GraphProblem(string NodeId, string? Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Field is null ? $"node '{NodeId}': {Message}" : $"node '{NodeId}', field '{Field}': {Message}";
}
