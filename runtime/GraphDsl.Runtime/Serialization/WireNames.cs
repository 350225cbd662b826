namespace GraphDsl.Serialization;

/// <summary>The server's field names used outside node inputs.</summary>
internal static class WireNames
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Nodes = "nodes";
    public const string Edges = "edges";
    public const string IsIntermediate = "is_intermediate";
    public const string UseCache = "use_cache";
    public const string Source = "source";
    public const string Destination = "destination";
    public const string NodeId = "node_id";
    public const string Field = "field";
}
