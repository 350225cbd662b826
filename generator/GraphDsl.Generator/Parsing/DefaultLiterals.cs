using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>
/// Schema defaults checked against a field's literal type (a default that fits is carried to the generated descriptor
/// and read back through the field's codec), and C# string literals.
/// </summary>
public static class DefaultLiterals
{
    public delegate string? EnumMemberLookup(string enumName, string wire);

    /// <summary>Whether <paramref name="value"/> is a literal of <paramref name="type"/>: null, or a value of another type, is not.</summary>
    public static bool Fits(FieldType type, JsonElement value, EnumMemberLookup enumMember)
    {
        if (value.ValueKind == JsonValueKind.Null || type.Item is not { } item)
            return false;
        return type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => Scalar(item, value, enumMember),
            FieldShape.List or FieldShape.OptionalList => value.ValueKind == JsonValueKind.Array && Array(item, value, enumMember),
            FieldShape.OneOrMany or FieldShape.OptionalOneOrMany => value.ValueKind == JsonValueKind.Array ? Array(item, value, enumMember) : Scalar(item, value, enumMember),
            _ => false,
        };
    }

    private static bool Array(ItemType item, JsonElement value, EnumMemberLookup enumMember)
    {
        foreach (var element in value.EnumerateArray())
        {
            if (!Scalar(item, element, enumMember))
                return false;
        }
        return true;
    }

    private static bool Scalar(ItemType item, JsonElement value, EnumMemberLookup enumMember)
    {
        switch (item.Kind)
        {
            case ItemKind.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _);
            case ItemKind.Float:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && !double.IsInfinity(number);
            case ItemKind.String:
                return value.ValueKind == JsonValueKind.String;
            case ItemKind.Boolean:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False;
            case ItemKind.Enum:
                var wire = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number when value.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                };
                return wire is not null && enumMember(item.Name, wire) is not null;
            default:
                return false;
        }
    }

    /// <summary>A C# string literal of <paramref name="value"/> on one line: quotes, backslashes, control and line-break characters escaped.</summary>
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
