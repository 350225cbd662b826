using System.Collections.Generic;
using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>A field as read, before names are final: item names are still schema keys or enum keys.</summary>
internal sealed class RawField
{
    public RawField(string owner, string wireName, JsonElement schema, FieldType type, bool isUntyped)
    {
        Owner = owner;
        WireName = wireName;
        Schema = schema;
        Type = type;
        IsUntyped = isUntyped;
    }

    /// <summary>The schema key of the node, output or object the field belongs to.</summary>
    public string Owner { get; }
    public string WireName { get; }
    public JsonElement Schema { get; }

    /// <summary>The JSON path of the field's schema, for diagnostics.</summary>
    public string[] Path => SchemaReader.FieldPath(Owner, WireName);
    public FieldType Type { get; }
    public bool IsUntyped { get; }
}

/// <summary>A schema with fields (node, output or object), before names are final.</summary>
internal sealed class RawType
{
    public RawType(string key, JsonElement schema, List<RawField> fields)
    {
        Key = key;
        Schema = schema;
        Fields = fields;
    }

    public string Key { get; }
    public JsonElement Schema { get; }
    public List<RawField> Fields { get; }
}

/// <summary>An enum found inline (<c>enum</c>/<c>const</c>) or by reference, with the fields that use it.</summary>
internal sealed class RawEnum
{
    public RawEnum(string key, bool isInteger, List<string> values, string? description)
    {
        Key = key;
        IsInteger = isInteger;
        Values = values;
        Description = description;
    }

    public string Key { get; }
    public bool IsInteger { get; }
    public List<string> Values { get; }
    public string? Description { get; }
    public List<(string Owner, string Field)> Uses { get; } = [];
    public Dictionary<string, string> Labels { get; } = new(System.StringComparer.Ordinal);
}
