using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Workflows;

/// <summary>Conversions between <see cref="JsonNode"/>, <see cref="JsonElement"/> and boxed literals, without reflection.</summary>
internal static class JsonValues
{
    public static JsonElement ToElement(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (node is null)
                writer.WriteNullValue();
            else
                node.WriteTo(writer);
        }
        return Parse(buffer.WrittenSpan);
    }

    public static JsonNode? ToNode(JsonElement element) => JsonNode.Parse(element.GetRawText());

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return Parse(buffer.WrittenSpan);
    }

    public static JsonElement String(string value) => Write(w => w.WriteStringValue(value));

    public static JsonElement Number(long value) => Write(w => w.WriteNumberValue(value));

    public static JsonElement Number(double value) => Write(w => w.WriteNumberValue(value));

    public static JsonElement Boolean(bool value) => Write(w => w.WriteBooleanValue(value));

    public static JsonElement Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>The string of a JSON string, else <see langword="null"/>.</summary>
    public static string? AsString(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    /// <summary>The string property <paramref name="name"/> of an object, else <see langword="null"/>.</summary>
    public static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? AsString(value) : null;

    /// <summary>The boolean property <paramref name="name"/> of an object, else <see langword="null"/>.</summary>
    public static bool? BooleanProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    /// <summary>A short rendering of a value for messages.</summary>
    public static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "...";
    }

    /// <summary>Whether two JSON values are equal: numbers by value, objects regardless of key order.</summary>
    public static bool DeepEquals(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);
}
