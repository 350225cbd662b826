using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Oracle;

/// <summary>The edits that make InvokeAI's OpenAPI schemas usable by NJsonSchema (see <see cref="EnqueueOracle"/>).</summary>
internal static class SchemaFixes
{
    private static readonly string[] SchemaMaps = ["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"];
    private static readonly string[] SchemaValues = ["additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties"];
    private static readonly string[] SchemaArrays = ["anyOf", "oneOf", "allOf", "prefixItems", "items"];

    /// <summary>
    /// Walks the schema keywords only (never <c>default</c>, <c>examples</c> or extension values): copies each
    /// <c>const</c> into <c>enum</c>; in strict mode closes every object schema that declares properties.
    /// </summary>
    /// <param name="schema">A schema; edited in place.</param>
    /// <param name="strict">Add <c>additionalProperties: false</c> where a schema has <c>properties</c> and no <c>additionalProperties</c>.</param>
    public static void Apply(JsonNode? schema, bool strict)
    {
        if (schema is not JsonObject obj)
            return;
        if (obj.TryGetPropertyValue("const", out var constant) && !obj.ContainsKey("enum"))
            obj["enum"] = new JsonArray(constant?.DeepClone());
        if (strict && obj["properties"] is JsonObject properties && !obj.ContainsKey("additionalProperties"))
        {
            // Names that are required but not declared (every output's `output_meta`) must stay allowed.
            if (obj["required"] is JsonArray required)
            {
                foreach (var name in required)
                {
                    var key = name?.GetValue<string>();
                    if (key is not null && !properties.ContainsKey(key))
                        properties[key] = new JsonObject();
                }
            }
            obj["additionalProperties"] = false;
        }

        foreach (var keyword in SchemaMaps)
        {
            if (obj[keyword] is JsonObject map)
            {
                foreach (var (_, value) in map.ToArray())
                    Apply(value, strict);
            }
        }
        foreach (var keyword in SchemaValues)
        {
            if (obj[keyword] is JsonObject value)
                Apply(value, strict);
        }
        foreach (var keyword in SchemaArrays)
        {
            if (obj[keyword] is JsonArray array)
            {
                foreach (var value in array)
                    Apply(value, strict);
            }
        }
    }
}
