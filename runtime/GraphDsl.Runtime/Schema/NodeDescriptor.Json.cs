using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

public sealed partial class NodeDescriptor
{
    /// <summary>
    /// Reads a descriptor from the compact JSON that generated code carries, one string per node type: data costs the
    /// compiler far less than the equivalent construction code.
    /// </summary>
    /// <param name="json">
    /// <c>{"type", "version", "title"?, "category"?, "tags"?, "classification", "node_pack"?, "use_cache"?, "inputs": [{"name",
    /// "property", "kind"?, "type", "codec"?, "required"?, "default"?, "bounds"?}]}</c>. <c>kind</c> is <c>any</c> (when
    /// absent), <c>connection</c> or <c>direct</c>; <c>codec</c> (the wire type when absent) is an item (<c>int</c>, <c>float</c>, <c>str</c>, <c>bool</c>, or a
    /// generated type's name), <c>list:</c> or <c>many:</c> before an item, or <c>any</c>; <c>default</c> is the value as the
    /// server writes it; <c>bounds</c> holds <c>minimum</c>, <c>maximum</c>, <c>exclusive_minimum</c>,
    /// <c>exclusive_maximum</c>, <c>multiple_of</c>.
    /// </param>
    /// <param name="outputType">The wire <c>type</c> of the node's output.</param>
    /// <param name="outputs">The output fields.</param>
    /// <param name="itemCodecs">The codec of a generated object or enum type by name; <see langword="null"/> for an unknown name.</param>
    /// <exception cref="FormatException">The JSON is not such a descriptor, or names a codec that <paramref name="itemCodecs"/> does not know.</exception>
    public static NodeDescriptor FromJson(string json, string outputType, IReadOnlyList<OutputFieldDescriptor> outputs, Func<string, IWireCodec?> itemCodecs)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(itemCodecs);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var type = root.GetProperty("type").GetString()!;
            var inputs = new List<InputDescriptor>();
            foreach (var input in root.GetProperty("inputs").EnumerateArray())
                inputs.Add(ReadInput(type, input, itemCodecs));
            return new NodeDescriptor(type, root.GetProperty("version").GetString()!, outputType, outputs, inputs)
            {
                Title = OptionalString(root, "title"),
                Category = OptionalString(root, "category"),
                Tags = root.TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(tag => tag.GetString()!)] : [],
                Classification = Enum.Parse<NodeClassification>(root.GetProperty("classification").GetString()!, ignoreCase: true),
                NodePack = OptionalString(root, "node_pack"),
                UseCacheDefault = !root.TryGetProperty("use_cache", out var useCache) || useCache.GetBoolean(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"Not a node descriptor: {e.Message}", e);
        }
    }

    private static InputDescriptor ReadInput(string nodeType, JsonElement input, Func<string, IWireCodec?> itemCodecs)
    {
        var name = input.GetProperty("name").GetString()!;
        var wireType = input.GetProperty("type").GetString()!;
        var codecText = input.TryGetProperty("codec", out var codecProperty) ? codecProperty.GetString()! : wireType;
        var codec = Codec(codecText, itemCodecs)
            ?? throw new FormatException($"Node type '{nodeType}', field '{name}': unknown codec '{codecText}'.");
        var kind = (input.TryGetProperty("kind", out var kindProperty) ? kindProperty.GetString() : "any") switch
        {
            "any" => InputKind.Any,
            "connection" => InputKind.Connection,
            "direct" => InputKind.Direct,
            var other => throw new FormatException($"Node type '{nodeType}', field '{name}': unknown input kind '{other}'."),
        };
        return new InputDescriptor(name, input.GetProperty("property").GetString()!, kind, wireType, codec)
        {
            IsRequired = input.TryGetProperty("required", out var required) && required.GetBoolean(),
            Default = input.TryGetProperty("default", out var value) ? codec.ReadBoxed(value) : null,
            Bounds = input.TryGetProperty("bounds", out var bounds) ? ReadBounds(bounds) : null,
        };
    }

    private static IWireCodec? Codec(string text, Func<string, IWireCodec?> itemCodecs)
    {
        if (text == "any")
            return WireCodecs.Any;
        if (text.StartsWith("list:", StringComparison.Ordinal))
            return (ItemCodec(text[5..], itemCodecs) as IItemCodec)?.ListOf();
        if (text.StartsWith("many:", StringComparison.Ordinal))
            return (ItemCodec(text[5..], itemCodecs) as IItemCodec)?.OneOrManyOf();
        return ItemCodec(text, itemCodecs);
    }

    private static IWireCodec? ItemCodec(string name, Func<string, IWireCodec?> itemCodecs) => name switch
    {
        "int" => WireCodecs.Integer,
        "float" => WireCodecs.Float,
        "str" => WireCodecs.String,
        "bool" => WireCodecs.Boolean,
        _ => itemCodecs(name),
    };

    private static NumericBounds ReadBounds(JsonElement bounds) => new()
    {
        Minimum = OptionalNumber(bounds, "minimum"),
        Maximum = OptionalNumber(bounds, "maximum"),
        ExclusiveMinimum = OptionalNumber(bounds, "exclusive_minimum"),
        ExclusiveMaximum = OptionalNumber(bounds, "exclusive_maximum"),
        MultipleOf = OptionalNumber(bounds, "multiple_of"),
    };

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static double? OptionalNumber(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetDouble() : null;
}
