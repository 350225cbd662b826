using System.Text.Json;

namespace GraphDsl.Cli.Eject;

/// <summary>A graph in the server's JSON form (<c>{"id", "nodes": {id: {…}}, "edges": […]}</c>), read for ejection.</summary>
/// <param name="Nodes">The nodes, in the order of the JSON.</param>
/// <param name="Edges">The edges, in the order of the JSON.</param>
internal sealed record GraphShape(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>Reads <paramref name="json"/>.</summary>
    /// <exception cref="JsonException">The text is not a graph.</exception>
    public static GraphShape Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodesElement) || nodesElement.ValueKind != JsonValueKind.Object)
            throw new JsonException("A graph is a JSON object with a 'nodes' object.");

        var nodes = new List<GraphNode>();
        foreach (var entry in nodesElement.EnumerateObject())
        {
            var node = entry.Value;
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                throw new JsonException($"Node '{entry.Name}' has no string 'type'.");
            var values = new List<KeyValuePair<string, JsonElement>>();
            bool isIntermediate = false;
            bool? useCache = null;
            foreach (var property in node.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "id" or "type":
                        break;
                    case "is_intermediate":
                        isIntermediate = property.Value.ValueKind == JsonValueKind.True;
                        break;
                    case "use_cache":
                        useCache = property.Value.ValueKind != JsonValueKind.False;
                        break;
                    default:
                        if (property.Value.ValueKind != JsonValueKind.Null)
                            values.Add(KeyValuePair.Create(property.Name, property.Value.Clone()));
                        break;
                }
            }
            nodes.Add(new GraphNode(entry.Name, type.GetString()!, values, isIntermediate, useCache));
        }

        var edges = new List<GraphEdge>();
        if (root.TryGetProperty("edges", out var edgesElement) && edgesElement.ValueKind == JsonValueKind.Array)
        {
            foreach (var edge in edgesElement.EnumerateArray())
            {
                var (sourceId, sourceField) = End(edge, "source");
                var (destinationId, destinationField) = End(edge, "destination");
                edges.Add(new GraphEdge(sourceId, sourceField, destinationId, destinationField));
            }
        }
        return new GraphShape(nodes, edges);
    }

    private static (string NodeId, string Field) End(JsonElement edge, string name)
    {
        if (edge.ValueKind == JsonValueKind.Object && edge.TryGetProperty(name, out var end) && end.ValueKind == JsonValueKind.Object
            && end.TryGetProperty("node_id", out var id) && id.ValueKind == JsonValueKind.String
            && end.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String)
        {
            return (id.GetString()!, field.GetString()!);
        }
        throw new JsonException($"An edge has no '{name}' with a node_id and a field.");
    }
}
