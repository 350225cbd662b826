using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Schema;

/// <summary>
/// Reads the python annotation a field's JSON schema stands for, in the runtime's <see cref="WireType"/> notation and
/// spelled as the generator spells descriptor types, so <see cref="ConnectionTypes"/> applies: <c>integer</c> →
/// <c>int</c>, <c>number</c> → <c>float</c>, <c>string</c> → <c>str</c>, <c>boolean</c> → <c>bool</c>, <c>null</c> →
/// <c>None</c>, <c>array</c> → <c>list[T]</c>, an object with <c>additionalProperties</c> → <c>dict[str, V]</c>,
/// <c>anyOf</c>/<c>oneOf</c> → a union, a <c>$ref</c> → the referenced class, or <c>Literal[Name]</c> when the
/// referenced schema is an enum, an inline <c>enum</c>/<c>const</c> → <c>Literal[…]</c> named by its sorted values,
/// and <c>{}</c>/<c>true</c>/no type → <c>Any</c>.
/// </summary>
internal static class SchemaWireTypes
{
    private const string RefPrefix = "#/components/schemas/";

    /// <summary>The annotation of <paramref name="schema"/>; <paramref name="components"/> is <c>components.schemas</c>.</summary>
    /// <exception cref="InvalidDataException">A <c>$ref</c> does not name a component schema, or a keyword has the wrong JSON type.</exception>
    public static WireType Read(JsonElement schema, JsonElement components)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return WireType.Any;
            case JsonValueKind.Object:
                break;
            default:
                throw new InvalidDataException($"A schema must be an object or true, not {schema.ValueKind}.");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return ReadReference(reference, components);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) || schema.TryGetProperty("oneOf", out anyOf))
        {
            return WireType.Union(Branches(anyOf).Select(b => Read(b, components)).ToList());
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            var parts = Branches(allOf);
            return parts.Count == 1
                ? Read(parts[0], components)
                : throw new InvalidDataException("An allOf with more than one schema has no python annotation.");
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return Literal(values.ValueKind == JsonValueKind.Array
                ? values.EnumerateArray().ToList()
                : throw new InvalidDataException("An enum must be an array."));
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return Literal([constant]);
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return WireType.Any;
        }

        return type.ValueKind == JsonValueKind.String
            ? ReadType(type.GetString()!, schema, components)
            : throw new InvalidDataException("A schema's type must be a string.");
    }

    private static WireType ReadType(string type, JsonElement schema, JsonElement components) => type switch
    {
        "integer" => WireType.Int,
        "number" => WireType.Float,
        "string" => WireType.Str,
        "boolean" => WireType.Bool,
        "null" => WireType.None,
        "array" => WireType.List(schema.TryGetProperty("items", out var items) ? Read(items, components) : WireType.Any),
        "object" => WireType.Dict(WireType.Str, schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object
            ? Read(values, components)
            : WireType.Any),
        _ => throw new InvalidDataException($"Unknown schema type '{type}'."),
    };

    private static WireType ReadReference(JsonElement reference, JsonElement components)
    {
        var text = reference.ValueKind == JsonValueKind.String ? reference.GetString()! : "";
        if (!text.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{text}' is not a reference to a component schema.");
        }

        var name = text[RefPrefix.Length..];
        if (!components.TryGetProperty(name, out var target))
        {
            throw new InvalidDataException($"'{text}' names no component schema.");
        }

        return target.ValueKind == JsonValueKind.Object && target.TryGetProperty("enum", out _)
            ? WireType.Literal(name)
            : WireType.Class(name);
    }

    private static List<JsonElement> Branches(JsonElement union) =>
        union.ValueKind == JsonValueKind.Array && union.GetArrayLength() > 0
            ? union.EnumerateArray().ToList()
            : throw new InvalidDataException("anyOf, oneOf and allOf must be non-empty arrays.");

    /// <summary>An inline literal, named by its values sorted (python compares literals by their value sets).</summary>
    private static WireType Literal(List<JsonElement> values)
    {
        if (values.Count == 0)
        {
            throw new InvalidDataException("An enum must have at least one value.");
        }

        var names = values.Select(v => v.ValueKind == JsonValueKind.String
                ? "'" + v.GetString() + "'"
                : v.GetRawText())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal);
        return WireType.Literal(string.Join(", ", names).Replace(']', ')'));
    }
}
