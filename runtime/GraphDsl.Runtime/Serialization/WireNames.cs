namespace GraphDsl.Serialization;

/// <summary>The server's field names used outside node inputs.</summary>
internal static class WireNames
{
    public static readonly System.Text.Json.JsonEncodedText IdName = System.Text.Json.JsonEncodedText.Encode(Id);
    public static readonly System.Text.Json.JsonEncodedText TypeName = System.Text.Json.JsonEncodedText.Encode(Type);
    public static readonly System.Text.Json.JsonEncodedText IsIntermediateName = System.Text.Json.JsonEncodedText.Encode(IsIntermediate);
    public static readonly System.Text.Json.JsonEncodedText UseCacheName = System.Text.Json.JsonEncodedText.Encode(UseCache);
    public static readonly System.Text.Json.JsonEncodedText SourceName = System.Text.Json.JsonEncodedText.Encode(Source);
    public static readonly System.Text.Json.JsonEncodedText DestinationName = System.Text.Json.JsonEncodedText.Encode(Destination);
    public static readonly System.Text.Json.JsonEncodedText NodeIdName = System.Text.Json.JsonEncodedText.Encode(NodeId);
    public static readonly System.Text.Json.JsonEncodedText FieldName = System.Text.Json.JsonEncodedText.Encode(Field);

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
