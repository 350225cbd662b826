using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

/// <summary>An edge <c>{source:{node_id,field}, destination:{node_id,field}}</c>.</summary>
internal sealed record GraphEdge(string SourceNode, string SourceField, string DestinationNode, string DestinationField)
{
    public static GraphEdge FromJson(JsonNode edge) => new(
        (string)edge["source"]!["node_id"]!,
        (string)edge["source"]!["field"]!,
        (string)edge["destination"]!["node_id"]!,
        (string)edge["destination"]!["field"]!);

    public JsonObject ToJson() => new()
    {
        ["source"] = new JsonObject { ["node_id"] = SourceNode, ["field"] = SourceField },
        ["destination"] = new JsonObject { ["node_id"] = DestinationNode, ["field"] = DestinationField },
    };
}
