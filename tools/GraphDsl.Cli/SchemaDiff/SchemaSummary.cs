namespace GraphDsl.Cli.SchemaDiff;

/// <summary>One side of a comparison.</summary>
/// <param name="File">The schema's file name.</param>
/// <param name="Nodes">How many node types it has.</param>
internal sealed record SchemaSummary(string File, int Nodes);
