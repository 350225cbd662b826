using System.IO;
using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

/// <summary>
/// A node's descriptor as the compact JSON that <c>NodeDescriptor.FromJson</c> reads at run time. Data costs the consumer's
/// compiler far less than construction code, on every build.
/// </summary>
public sealed class DescriptorJson
{
    private readonly MemoryStream _stream = new(8 * 1024);
    private readonly Utf8JsonWriter _writer;

    /// <summary>A writer whose buffer serves every descriptor it writes.</summary>
    public DescriptorJson() => _writer = new Utf8JsonWriter(_stream);

    /// <summary>
    /// The descriptor on one line, for the inside of a C# raw string literal: the writer escapes line breaks and
    /// non-ASCII, raw defaults are printable ASCII, and JSON never holds three quotes in a row, so nothing in it can
    /// end the literal early.
    /// </summary>
    public string Write(NodeSpec node)
    {
        _stream.SetLength(0);
        _writer.Reset(_stream);
        var writer = _writer;
        writer.WriteStartObject();
        writer.WriteString("type", node.WireType);
        writer.WriteString("version", node.Version);
        WriteOptional(writer, "title", node.Title);
        WriteOptional(writer, "category", node.Category);
        if (node.Tags.Count > 0)
        {
            writer.WriteStartArray("tags");
            foreach (var tag in node.Tags)
                writer.WriteStringValue(tag);
            writer.WriteEndArray();
        }
        writer.WriteString("classification", node.Classification);
        WriteOptional(writer, "node_pack", node.NodePack);
        if (!node.UseCacheDefault)
            writer.WriteBoolean("use_cache", false);
        writer.WriteStartArray("inputs");
        foreach (var input in node.Inputs)
            WriteInput(writer, input);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(_stream.GetBuffer(), 0, (int)_stream.Length);
    }

    private static void WriteInput(Utf8JsonWriter writer, InputSpec input)
    {
        writer.WriteStartObject();
        writer.WriteString("name", input.WireName);
        writer.WriteString("property", input.PropertyName);
        // "kind" defaults to "any", "codec" to the wire type: most inputs need neither.
        if (input.Kind != InputKindSpec.Any)
            writer.WriteString("kind", input.Kind == InputKindSpec.Connection ? "connection" : "direct");
        var wireType = input.Type.WireText;
        writer.WriteString("type", wireType);
        var codec = Codec(input.Type);
        if (codec != wireType)
            writer.WriteString("codec", codec);
        if (input.IsRequired)
            writer.WriteBoolean("required", true);
        // A default that does not fit the field's type is left to the server.
        if (input.HasTypedDefault && input.DefaultJson is { } json)
        {
            writer.WritePropertyName("default");
            if (IsPrintableAscii(json))
            {
                // The schema's own text of the value, valid JSON already; on one line, it can go into the literal as it is.
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            else
            {
                using var value = JsonDocument.Parse(json);
                value.RootElement.WriteTo(writer);
            }
        }
        if (input.Bounds is { } bounds)
        {
            writer.WriteStartObject("bounds");
            WriteOptional(writer, "minimum", bounds.Minimum);
            WriteOptional(writer, "maximum", bounds.Maximum);
            WriteOptional(writer, "exclusive_minimum", bounds.ExclusiveMinimum);
            WriteOptional(writer, "exclusive_maximum", bounds.ExclusiveMaximum);
            WriteOptional(writer, "multiple_of", bounds.MultipleOf);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>The codec of a field's values by name: an item, <c>list:</c> or <c>many:</c> and an item, or <c>any</c>.</summary>
    private static string Codec(FieldType type)
    {
        if (type.Item is not { } item)
            return "any";
        var itemCodec = item.Name; // int, float, str, bool, or the generated type's C# name
        return type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => itemCodec,
            FieldShape.List or FieldShape.OptionalList => "list:" + itemCodec,
            _ => "many:" + itemCodec,
        };
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
                return false;
        }
        return true;
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
            writer.WriteString(name, value);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
            writer.WriteNumber(name, number);
    }
}
