using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>
/// Writes JSON values as C# expressions of the generated types: numbers, strings, enum members, arrays, and schema
/// objects as object initializers. <see langword="null"/> where the typed API cannot hold the value exactly.
/// </summary>
internal sealed class ValueWriter(Bindings bindings)
{
    private const int LineLength = 110;

    /// <summary>Whether a written expression uses <c>JsonElement</c> (the file then needs <c>using System.Text.Json;</c>).</summary>
    public bool UsesJson { get; private set; }

    /// <summary><c>JsonElement</c>, as the file spells it.</summary>
    public string JsonType
    {
        get
        {
            UsesJson = true;
            return bindings.TypeNames.Contains("JsonElement") ? "global::System.Text.Json.JsonElement" : "JsonElement";
        }
    }

    /// <summary><c>JsonElement.Parse("…")</c> of <paramref name="value"/>, compact.</summary>
    public string Json(JsonElement value) => $"{JsonType}.Parse({CSharpLiterals.Json(Compact(value))})";

    /// <summary>
    /// <paramref name="value"/> for an input of <paramref name="type"/>: for an input wrapper when
    /// <paramref name="wrapper"/> (an <c>Any</c> input then takes primitives as they are), else for a plain property.
    /// </summary>
    /// <param name="value">The JSON value (not null).</param>
    /// <param name="type">The field's type.</param>
    /// <param name="wrapper">Whether the target is an input wrapper (<c>AnyInput</c>, <c>IntegerInput</c>, …) rather than a plain property.</param>
    /// <param name="indent">The indentation of the line the expression starts on.</param>
    public string? Write(JsonElement value, FieldType type, bool wrapper, string indent)
    {
        if (type.Item is not { } item)
            return wrapper ? AnyPrimitive(value) ?? Json(value) : Json(value);
        return type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => Item(value, item, indent),
            FieldShape.List or FieldShape.OptionalList => Array(value, item, indent),
            _ => value.ValueKind == JsonValueKind.Array ? Array(value, item, indent) : Item(value, item, indent),
        };
    }

    /// <summary>The C# type a literal of <paramref name="type"/> is written as (a parameter's type).</summary>
    /// <param name="type">The field's type.</param>
    /// <param name="wrapper">Whether the target is an input wrapper.</param>
    /// <param name="value">The literal, when there is one: an <c>Any</c> wrapper takes a string, number or bool as such.</param>
    public string LiteralType(FieldType type, bool wrapper, JsonElement? value)
    {
        if (type.Item is not { } item)
        {
            if (!wrapper || value is not { } v)
                return JsonType;
            return v.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.True or JsonValueKind.False => "bool",
                JsonValueKind.Number => IsIntegral(v) ? "long" : "double",
                _ => JsonType,
            };
        }
        var t = bindings.Item(item);
        return type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => t,
            FieldShape.List or FieldShape.OptionalList => t + "[]",
            _ => OneOrMany(t),
        };
    }

    /// <summary>Whether a literal of type <paramref name="csharpType"/> can be a parameter's constant default.</summary>
    public bool IsConstant(string csharpType) =>
        csharpType is "long" or "double" or "string" or "bool" || bindings.Enum(csharpType.Replace($"global::{bindings.Namespace}.", "", StringComparison.Ordinal)) is not null;

    /// <summary><c>OneOrMany&lt;T&gt;</c>, as the file spells it.</summary>
    public string OneOrMany(string itemType) => $"{bindings.Runtime("OneOrMany")}<{itemType}>";

    private string? AnyPrimitive(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => CSharpLiterals.Escaped(value.GetString()!),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when IsIntegral(value) && value.TryGetInt64(out var n) => CSharpLiterals.Integer(n),
        JsonValueKind.Number when value.TryGetDouble(out var d) && double.IsFinite(d) => CSharpLiterals.DoubleTyped(d),
        _ => null,
    };

    private string? Item(JsonElement value, ItemType item, string indent)
    {
        switch (item.Kind)
        {
            case ItemKind.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? CSharpLiterals.Integer(n) : null;
            case ItemKind.Float:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d) ? CSharpLiterals.Double(d) : null;
            case ItemKind.String:
                return value.ValueKind == JsonValueKind.String ? CSharpLiterals.String(value.GetString()!, indent) : null;
            case ItemKind.Boolean:
                return value.ValueKind switch { JsonValueKind.True => "true", JsonValueKind.False => "false", _ => null };
            case ItemKind.Enum:
                return EnumMember(value, item);
            default:
                return bindings.Object(item.Name) is { } spec ? Object(value, spec, indent) : null;
        }
    }

    private string? EnumMember(JsonElement value, ItemType item)
    {
        if (bindings.Enum(item.Name) is not { } spec)
            return null;
        var wire = spec.IsInteger
            ? value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
            : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var member = spec.Members.FirstOrDefault(m => m.Wire == wire);
        return member is null ? null : $"{bindings.Type(spec.Name)}.{member.Name}";
    }

    private string? Object(JsonElement value, ObjectSpec spec, string indent)
    {
        if (value.ValueKind != JsonValueKind.Object)
            return null;
        var inner = indent + "    ";
        var members = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
                continue; // the generated record leaves a null member out, as the server reads a missing one
            var member = spec.Fields.FirstOrDefault(f => f.WireName == property.Name);
            if (member is null)
                return null; // a field the record does not have: it would be lost
            var expression = Write(property.Value, member.Type, wrapper: false, inner);
            if (expression is null)
                return null;
            members.Add($"{member.PropertyName} = {expression}");
            present.Add(member.WireName);
        }
        if (spec.Fields.Any(f => f.IsRequired && f.Type.Shape != FieldShape.Any && !present.Contains(f.WireName)))
            return null; // a required member the value lacks: the record cannot be constructed
        return Block($"new {bindings.Type(spec.ClassName)}", members, indent, empty: "()");
    }

    private string? Array(JsonElement value, ItemType item, string indent)
    {
        if (value.ValueKind != JsonValueKind.Array)
            return null;
        var inner = indent + "    ";
        var items = new List<string>();
        foreach (var element in value.EnumerateArray())
        {
            if (Item(element, item, inner) is not { } expression)
                return null;
            items.Add(expression);
        }
        return Block($"new {bindings.Item(item)}[]", items, indent, empty: " { }");
    }

    // `new T { A = 1, B = 2 }` on one line when it is short, else one member per line.
    private static string Block(string head, List<string> parts, string indent, string empty)
    {
        if (parts.Count == 0)
            return head + empty;
        var line = $"{head} {{ {string.Join(", ", parts)} }}";
        if (line.Length + indent.Length <= LineLength && !line.Contains('\n', StringComparison.Ordinal))
            return line;
        var builder = new StringBuilder(head).Append('\n').Append(indent).Append("{\n");
        foreach (var part in parts)
            builder.Append(indent).Append("    ").Append(part).Append(",\n");
        return builder.Append(indent).Append('}').ToString();
    }

    private static bool IsIntegral(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.AsSpan().IndexOfAny(".eE") < 0;
    }

    private static string Compact(JsonElement value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            value.WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
