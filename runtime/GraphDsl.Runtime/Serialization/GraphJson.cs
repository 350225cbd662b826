using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>Writes and reads graphs in the server's JSON form, with <see cref="Utf8JsonWriter"/> and no reflection.</summary>
public static class GraphJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary>The graph as JSON text.</summary>
    /// <param name="graph">The graph.</param>
    public static string ToJson(Graph graph)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            Write(writer, graph);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <c>{"id", "nodes", "edges"}</c>: each node with <c>id</c>, <c>type</c>, <c>is_intermediate</c>, <c>use_cache</c> and its literal inputs; connected and unset inputs are left out.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="graph">The graph.</param>
    public static void Write(Utf8JsonWriter writer, Graph graph)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(graph);
        writer.WriteStartObject();
        writer.WriteString(WireNames.Id, graph.Id);
        writer.WritePropertyName(WireNames.Nodes);
        writer.WriteStartObject();
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            writer.WritePropertyName(graph.NodeKeys[i]);
            WriteNode(writer, graph.Nodes[i]);
        }
        writer.WriteEndObject();
        writer.WritePropertyName(WireNames.Edges);
        writer.WriteStartArray();
        foreach (var edge in graph.Edges)
            WriteEdge(writer, edge);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one node.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="node">The node.</param>
    public static void WriteNode(Utf8JsonWriter writer, Invocation node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        writer.WriteStartObject();
        writer.WriteString(WireNames.IdName, node.Id);
        writer.WriteString(WireNames.TypeName, node.Type);
        var inputs = node.Descriptor.Inputs;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (node.GetLiteral(i) is not { } literal)
                continue;
            writer.WritePropertyName(inputs[i].EncodedName);
            inputs[i].Codec.WriteBoxed(writer, literal);
        }
        if (node is UntypedInvocation untyped)
        {
            foreach (var (name, value) in untyped.ExtraFields)
            {
                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }
        }
        writer.WriteBoolean(WireNames.IsIntermediateName, node.IsIntermediate);
        writer.WriteBoolean(WireNames.UseCacheName, node.UseCache);
        writer.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter writer, Edge edge)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(WireNames.SourceName);
        WriteConnection(writer, edge.Source);
        writer.WritePropertyName(WireNames.DestinationName);
        WriteConnection(writer, edge.Destination);
        writer.WriteEndObject();
    }

    private static void WriteConnection(Utf8JsonWriter writer, EdgeConnection connection)
    {
        writer.WriteStartObject();
        writer.WriteString(WireNames.NodeIdName, connection.NodeId);
        writer.WriteString(WireNames.FieldName, connection.Field);
        writer.WriteEndObject();
    }

    /// <summary>Reads a graph.</summary>
    /// <param name="json">The graph's JSON.</param>
    /// <param name="catalog">The node types to create typed nodes from, or <see langword="null"/>.</param>
    /// <exception cref="JsonException">The JSON is not a graph, or a value does not have its field's type.</exception>
    public static Graph Read(string json, INodeCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, catalog);
    }

    /// <summary>Reads a graph.</summary>
    /// <param name="element">The graph's JSON object.</param>
    /// <param name="catalog">The node types to create typed nodes from, or <see langword="null"/>.</param>
    /// <exception cref="JsonException">The JSON is not a graph, or a value does not have its field's type.</exception>
    public static Graph Read(JsonElement element, INodeCatalog? catalog)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new JsonException($"A graph is a JSON object, not {element.ValueKind}.");
        var id = element.TryGetProperty(WireNames.Id, out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!
            : Guid.NewGuid().ToString();

        var nodes = new List<KeyValuePair<string, Invocation>>();
        if (element.TryGetProperty(WireNames.Nodes, out var nodesElement))
        {
            if (nodesElement.ValueKind != JsonValueKind.Object)
                throw new JsonException("'nodes' must be an object keyed by node id.");
            foreach (var entry in nodesElement.EnumerateObject())
                nodes.Add(KeyValuePair.Create(entry.Name, ReadNode(entry.Name, entry.Value, catalog)));
        }

        var edges = new List<Edge>();
        if (element.TryGetProperty(WireNames.Edges, out var edgesElement))
        {
            if (edgesElement.ValueKind != JsonValueKind.Array)
                throw new JsonException("'edges' must be an array.");
            foreach (var edge in edgesElement.EnumerateArray())
                edges.Add(new Edge(ReadConnection(edge, WireNames.Source), ReadConnection(edge, WireNames.Destination)));
        }
        DropConnectedLiterals(nodes, edges);
        return new Graph(id, nodes, edges);
    }

    private static Invocation ReadNode(string key, JsonElement element, INodeCatalog? catalog)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new JsonException($"Node '{key}' must be an object.");
        if (!element.TryGetProperty(WireNames.Type, out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            throw new JsonException($"Node '{key}' has no string 'type'.");
        var type = typeElement.GetString()!;
        var node = catalog?.Create(type) ?? (catalog?.Find(type) is { } descriptor ? new UntypedInvocation(descriptor) : new UntypedInvocation(type));
        node.Id = element.TryGetProperty(WireNames.Id, out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : key;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case WireNames.Id:
                case WireNames.Type:
                    break;
                case WireNames.IsIntermediate:
                    node.IsIntermediate = property.Value.ValueKind == JsonValueKind.True;
                    break;
                case WireNames.UseCache:
                    node.UseCache = property.Value.ValueKind != JsonValueKind.False;
                    break;
                default:
                    if (node is UntypedInvocation untyped)
                        untyped.Set(property.Name, property.Value);
                    else if (node.Descriptor.TryGetInput(property.Name, out _))
                        node.SetFromJson(property.Name, property.Value);
                    else
                        throw new JsonException($"Node '{key}' of type '{type}' has no input '{property.Name}'.");
                    break;
            }
        }
        return node;
    }

    /// <summary>
    /// A node read from JSON may carry a stale value on an input an edge feeds (InvokeAI's UI sends them); the edge
    /// wins on the server, so the value is dropped and the input holds the edge only, as in a graph built in C#.
    /// </summary>
    private static void DropConnectedLiterals(List<KeyValuePair<string, Invocation>> nodes, List<Edge> edges)
    {
        var byId = new Dictionary<string, Invocation>(StringComparer.Ordinal);
        foreach (var (_, node) in nodes)
            byId.TryAdd(node.Id!, node);
        foreach (var edge in edges)
        {
            if (!byId.TryGetValue(edge.Destination.NodeId, out var node))
                continue;
            if (node is UntypedInvocation untyped)
                untyped.Unset(edge.Destination.Field);
            else if (node.Descriptor.TryGetInput(edge.Destination.Field, out _))
                node.SetFromJson(edge.Destination.Field, default(JsonElement));
        }
    }

    private static EdgeConnection ReadConnection(JsonElement edge, string end)
    {
        if (edge.ValueKind == JsonValueKind.Object
            && edge.TryGetProperty(end, out var connection) && connection.ValueKind == JsonValueKind.Object
            && connection.TryGetProperty(WireNames.NodeId, out var nodeId) && nodeId.ValueKind == JsonValueKind.String
            && connection.TryGetProperty(WireNames.Field, out var field) && field.ValueKind == JsonValueKind.String)
            return new EdgeConnection(nodeId.GetString()!, field.GetString()!);
        throw new JsonException($"Every edge needs '{end}': {{\"node_id\": string, \"field\": string}}.");
    }
}
