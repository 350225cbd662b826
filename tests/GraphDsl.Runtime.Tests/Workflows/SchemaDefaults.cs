using System.Text.Json;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>The <c>default</c> of every invocation input, read straight from a schema snapshot under <c>Schemas/</c>.</summary>
internal sealed class SchemaDefaults
{
    private readonly Dictionary<string, JsonElement> _invocations = new(StringComparer.Ordinal);

    private SchemaDefaults(JsonElement schemas)
    {
        foreach (var schema in schemas.EnumerateObject())
        {
            if (schema.Value.TryGetProperty("class", out var c) && c.GetString() == "invocation"
                && schema.Value.GetProperty("properties").GetProperty("type") is var type
                && (type.TryGetProperty("const", out var name) || type.TryGetProperty("default", out name)))
                _invocations[name.GetString()!] = schema.Value.Clone();
        }
    }

    public static SchemaDefaults Of(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", file)));
        return new SchemaDefaults(document.RootElement.GetProperty("components").GetProperty("schemas"));
    }

    /// <summary>The field's schema default; <see langword="null"/> when it has none or it is <c>null</c>.</summary>
    public JsonElement? Default(string type, string field) =>
        _invocations.TryGetValue(type, out var schema) && schema.GetProperty("properties").TryGetProperty(field, out var property)
            && property.TryGetProperty("default", out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;
}
