using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>Validates values against <c>components.schemas</c> of the 6.14 document, loaded once.</summary>
internal static class OutputSchemas
{
    private static readonly Lazy<(JsonSchema Schema, HashSet<string> Names)> Loaded = new(Load);

    /// <summary>The validation errors of <paramref name="value"/> against <c>components.schemas[<paramref name="schemaName"/>]</c>.</summary>
    public static ICollection<ValidationError> Validate(string schemaName, JsonNode value)
    {
        var (schema, names) = Loaded.Value;
        if (!names.Contains(schemaName))
            throw new ArgumentException($"No schema {schemaName}.", nameof(schemaName));
        var wrapper = new JsonObject { [schemaName] = value.DeepClone() };
        return schema.Validate(wrapper.ToJsonString());
    }

    /// <summary>NJsonSchema does not check <c>const</c>; the discriminating <c>type</c> consts become one-value enums.</summary>
    private static void AddEnumForConst(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.TryGetPropertyValue("const", out var constant) && !obj.ContainsKey("enum"))
                    obj["enum"] = new JsonArray(constant?.DeepClone());
                foreach (var (_, child) in obj.ToList())
                    AddEnumForConst(child);
                break;
            case JsonArray array:
                foreach (var child in array)
                    AddEnumForConst(child);
                break;
        }
    }

    private static (JsonSchema, HashSet<string>) Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "invokeai-6.14.openapi.json")))!;
        var schemas = (JsonObject)document["components"]!["schemas"]!;
        var names = schemas.Select(p => p.Key).ToHashSet();
        var properties = new JsonObject();
        foreach (var name in names)
            properties[name] = new JsonObject { ["$ref"] = "#/definitions/" + name };
        var root = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["definitions"] = schemas.DeepClone(),
        };
        AddEnumForConst(root);
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        return (JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult(), names);
    }
}
