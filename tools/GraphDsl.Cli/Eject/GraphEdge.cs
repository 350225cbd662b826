namespace GraphDsl.Cli.Eject;

/// <summary>One edge of the graph to eject.</summary>
/// <param name="SourceId">The source node's id.</param>
/// <param name="SourceField">The output field.</param>
/// <param name="DestinationId">The destination node's id.</param>
/// <param name="DestinationField">The input field.</param>
internal sealed record GraphEdge(string SourceId, string SourceField, string DestinationId, string DestinationField);
