using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>Defaults as compared and shown: compact JSON, so formatting alone is no change.</summary>
internal static class DefaultText
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The default in compact JSON; null when there is none; the text itself when it is not JSON.</summary>
    public static string? Normalize(string? json)
    {
        if (json is null)
            return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Compact))
                document.RootElement.WriteTo(writer);
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>A normalized default for a message: the JSON, or "(none)".</summary>
    public static string Show(string? normalized) => normalized ?? "(none)";
}
