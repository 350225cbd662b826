using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphDsl.Cli.Graphs;

/// <summary>JSON as the tool prints and saves it: two-space indent, LF line ends, non-ASCII kept, a final newline.</summary>
internal static class PrettyJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Formats <paramref name="json"/>.</summary>
    public static string Format(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Format(document);
    }

    /// <summary>Formats <paramref name="document"/>.</summary>
    public static string Format(JsonDocument document) => Write(document.RootElement.WriteTo);

    /// <summary>What <paramref name="write"/> writes, formatted.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
