using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>Schema defaults as C# expressions of a field's literal type; null where no literal is worth emitting.</summary>
internal static class DefaultLiterals
{
    public delegate string? EnumMemberLookup(string enumName, string wire);

    public static string? Expression(FieldType type, JsonElement value, string ns, EnumMemberLookup enumMember)
    {
        if (value.ValueKind == JsonValueKind.Null || type.Item is null)
            return null;
        var item = type.Item;
        switch (type.Shape)
        {
            case FieldShape.Exact:
            case FieldShape.Optional:
                return Scalar(item, value, ns, enumMember);
            case FieldShape.List:
            case FieldShape.OptionalList:
                return value.ValueKind == JsonValueKind.Array ? Array(item, value, ns, enumMember) : null;
            case FieldShape.OneOrMany:
            case FieldShape.OptionalOneOrMany:
            {
                var oneOrMany = $"global::GraphDsl.OneOrMany<{CSharpTypeNames.Item(item, ns)}>";
                if (value.ValueKind == JsonValueKind.Array)
                    return Array(item, value, ns, enumMember) is { } array ? $"{oneOrMany}.Many({array})" : null;
                return Scalar(item, value, ns, enumMember) is { } scalar ? $"{oneOrMany}.One({scalar})" : null;
            }
            default:
                return null;
        }
    }

    private static string? Array(ItemType item, JsonElement value, string ns, EnumMemberLookup enumMember)
    {
        var elements = new List<string>();
        foreach (var element in value.EnumerateArray())
        {
            if (Scalar(item, element, ns, enumMember) is not { } literal)
                return null;
            elements.Add(literal);
        }
        var typeName = CSharpTypeNames.Item(item, ns);
        return elements.Count == 0 ? $"global::System.Array.Empty<{typeName}>()" : $"new {typeName}[] {{ {string.Join(", ", elements)} }}";
    }

    private static string? Scalar(ItemType item, JsonElement value, string ns, EnumMemberLookup enumMember)
    {
        switch (item.Kind)
        {
            case ItemKind.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var integer) ? integer.ToString(CultureInfo.InvariantCulture) + "L" : null;
            case ItemKind.Float:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && !double.IsInfinity(number)
                    ? number.ToString("R", CultureInfo.InvariantCulture) + "D"
                    : null;
            case ItemKind.String:
                return value.ValueKind == JsonValueKind.String ? StringLiteral(value.GetString()!) : null;
            case ItemKind.Boolean:
                return value.ValueKind switch { JsonValueKind.True => "true", JsonValueKind.False => "false", _ => null };
            case ItemKind.Enum:
                var wire = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number when value.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
                return wire is not null && enumMember(item.Name, wire) is { } member ? $"global::{ns}.{item.Name}.{member}" : null;
            default:
                return null;
        }
    }

    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
