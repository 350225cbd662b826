using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl.Cli.Schemas;

/// <summary>A literal field's value kept as JSON, checked against the schema's values.</summary>
internal sealed class EnumValueCodec(IReadOnlyList<string> values, bool isInteger) : WireCodec<JsonElement>
{
    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <inheritdoc />
    public override JsonElement Read(JsonElement element)
    {
        var text = isInteger
            ? element.ValueKind == JsonValueKind.Number ? element.GetRawText() : null
            : element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (text is null || !values.Contains(text, StringComparer.Ordinal))
            throw Mismatch(element, "one of " + string.Join(", ", values.Select(v => isInteger ? v : $"'{v}'")));
        return element.Clone();
    }
}
