using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Models;

/// <summary>
/// A value that satisfies a JSON schema of the document: every required property, consts and defaults as given, the
/// first value of an enum, <c>null</c> where the schema allows it. For schema-valid placeholder records.
/// </summary>
internal sealed class SchemaSample(JsonElement components)
{
    private const int MaxDepth = 8;

    /// <summary>A sample of the component schema <paramref name="name"/>.</summary>
    public JsonObject OfComponent(string name) => (JsonObject)Of(components.GetProperty(name), 0)!;

    private JsonNode? Of(JsonElement schema, int depth)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
            return null;
        if (schema.TryGetProperty("const", out var constant))
            return JsonNode.Parse(constant.GetRawText());
        if (schema.TryGetProperty("default", out var fallback))
            return JsonNode.Parse(fallback.GetRawText());
        if (schema.TryGetProperty("$ref", out var reference))
            return Of(components.GetProperty(reference.GetString()!["#/components/schemas/".Length..]), depth + 1);
        if (schema.TryGetProperty("enum", out var values))
            return JsonNode.Parse(values[0].GetRawText());
        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(union, out var branches))
            {
                var nullable = branches.EnumerateArray().Any(b => b.TryGetProperty("type", out var t) && t.ValueEquals("null"));
                return nullable ? null : Of(branches[0], depth + 1);
            }
        }
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : "object";
        return type switch
        {
            "string" => JsonValue.Create(""),
            "integer" => JsonValue.Create(0),
            "number" => JsonValue.Create(0.0),
            "boolean" => JsonValue.Create(false),
            "array" => new JsonArray(),
            "null" => null,
            _ => ObjectOf(schema, depth),
        };
    }

    private JsonObject ObjectOf(JsonElement schema, int depth)
    {
        var json = new JsonObject();
        if (!schema.TryGetProperty("properties", out var properties))
            return json;
        var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
        {
            if (required.Contains(property.Name) || property.Value.TryGetProperty("default", out _))
                json[property.Name] = Of(property.Value, depth + 1);
        }
        return json;
    }
}
