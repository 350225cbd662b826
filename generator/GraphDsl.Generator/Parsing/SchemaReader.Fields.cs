using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>Field types: the schema shapes of protocol §8 mapped to <see cref="FieldType"/>.</summary>
internal sealed partial class SchemaReader
{
    private const string RefPrefix = "#/components/schemas/";
    internal const string ObjectKeyPrefix = "ref:";
    internal const string EnumKeyPrefix = "enum:";

    /// <summary>What one non-union schema is.</summary>
    private readonly struct Single
    {
        public Single(ItemType? item, bool isList, bool isAny, bool isNull, string? problem, string anyText = "Any")
        {
            Item = item;
            IsList = isList;
            IsAny = isAny;
            IsNull = isNull;
            Problem = problem;
            AnyText = anyText;
        }

        /// <summary>For <see cref="IsAny"/>: <c>Any</c>, <c>list[Any]</c> or <c>dict[str, Any]</c>.</summary>
        public string AnyText { get; }

        public ItemType? Item { get; }
        public bool IsList { get; }
        public bool IsAny { get; }
        public bool IsNull { get; }
        public string? Problem { get; }

        public static Single Of(ItemType item, bool isList = false) => new(item, isList, false, false, null);
        public static Single Any => new(null, false, true, false, null);
        public static Single AnyForm(string text) => new(null, false, true, false, null, text);
        public static Single Null => new(null, false, false, true, null);
        public static Single Bad(string problem) => new(null, false, false, false, problem);
    }

    private RawField ReadField(string owner, string name, JsonElement schema)
    {
        // Most fields are no union: one schema, read without the lists a union needs.
        if (!IsUnion(schema))
        {
            var single = ReadSingle(owner, name, schema);
            if (single.Problem is { } singleProblem)
                return Untyped(owner, name, schema, singleProblem);
            var singleType = single.IsAny ? FieldType.AnyOf(single.AnyText)
                : single.IsNull ? FieldType.Any
                : new FieldType(single.IsList ? FieldShape.List : FieldShape.Exact, single.Item);
            return new RawField(owner, name, schema, singleType, isUntyped: false);
        }

        var branches = new List<JsonElement>();
        Flatten(schema, branches);
        var singles = branches.Select(b => ReadSingle(owner, name, b)).ToList();

        var problem = singles.FirstOrDefault(s => s.Problem is not null).Problem;
        if (problem is not null)
            return Untyped(owner, name, schema, problem);
        var nullable = singles.Any(s => s.IsNull);
        if (singles.Any(s => s.IsAny))
        {
            var forms = string.Join("|", singles.Where(s => !s.IsNull).Select(s => s.IsAny ? s.AnyText : Describe(s)));
            return new RawField(owner, name, schema, FieldType.AnyOf(nullable ? forms + "|None" : forms), isUntyped: false);
        }

        var values = singles.Where(s => !s.IsNull).ToList();
        switch (values.Count)
        {
            case 0:
                return new RawField(owner, name, schema, FieldType.Any, isUntyped: false);
            case 1:
            {
                var value = values[0];
                var shape = value.IsList
                    ? nullable ? FieldShape.OptionalList : FieldShape.List
                    : nullable ? FieldShape.Optional : FieldShape.Exact;
                return new RawField(owner, name, schema, new FieldType(shape, value.Item), isUntyped: false);
            }
            case 2 when values[0].IsList != values[1].IsList && Equals(values[0].Item, values[1].Item):
                return new RawField(owner, name, schema, new FieldType(nullable ? FieldShape.OptionalOneOrMany : FieldShape.OneOrMany, values[0].Item), isUntyped: false);
            default:
                return Untyped(owner, name, schema, "a union of " + string.Join(", ", values.Select(Describe)));
        }
    }

    private RawField Untyped(string owner, string name, JsonElement schema, string problem)
    {
        Report(DiagnosticDescriptors.UntypedField, FieldPath(owner, name), owner, name, problem);
        return new RawField(owner, name, schema, FieldType.Any, isUntyped: true);
    }

    private static string Describe(Single single) =>
        single.Item is null ? "Any" : single.IsList ? $"list[{single.Item.Name}]" : single.Item.Name;

    /// <summary>Collects the branches of (nested) <c>anyOf</c>/<c>oneOf</c> unions; a schema that is no union is its own branch.</summary>
    private static void Flatten(JsonElement schema, List<JsonElement> branches)
    {
        if (UnionOf(schema) is { } union)
        {
            foreach (var branch in union.EnumerateArray())
                Flatten(branch, branches);
            return;
        }
        branches.Add(schema);
    }

    private static bool IsUnion(JsonElement schema) => UnionOf(schema) is not null;

    private static JsonElement? UnionOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var union) && union.ValueKind == JsonValueKind.Array && union.GetArrayLength() > 0)
                return union;
        }
        return null;
    }

    private Single ReadSingle(string owner, string name, JsonElement schema, int depth = 0)
    {
        if (depth > 8)
            return Single.Bad("types nested too deeply");
        if (schema.ValueKind == JsonValueKind.True)
            return Single.Any;
        if (schema.ValueKind != JsonValueKind.Object)
            return Single.Bad($"a {schema.ValueKind} where a schema object was expected");

        if (schema.TryGetProperty("$ref", out var reference))
            return ReadReference(owner, name, reference);
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            if (allOf.ValueKind == JsonValueKind.Array && allOf.GetArrayLength() == 1)
                return ReadSingle(owner, name, allOf[0], depth + 1);
            return Single.Bad("an 'allOf' that is not a single schema");
        }
        if (schema.TryGetProperty("anyOf", out _) || schema.TryGetProperty("oneOf", out _))
            return Single.Bad("a nested union");
        if (schema.TryGetProperty("enum", out var values))
            return ReadInlineEnum(owner, name, schema, values);
        if (schema.TryGetProperty("const", out var constant))
            return ReadInlineEnum(owner, name, schema, constant, isConst: true);

        if (!schema.TryGetProperty("type", out var type))
            return Single.Any;
        if (type.ValueKind != JsonValueKind.String)
            return Single.Bad("a 'type' that is not a single string");

        switch (type.GetString())
        {
            case "integer":
                return Single.Of(ItemType.Integer);
            case "number":
                return Single.Of(ItemType.Float);
            case "string":
                return Single.Of(ItemType.String);
            case "boolean":
                return Single.Of(ItemType.Boolean);
            case "null":
                return Single.Null;
            case "object":
                if (schema.TryGetProperty("properties", out var inline) && inline.ValueKind == JsonValueKind.Object && inline.EnumerateObject().Any())
                    return Single.Bad("an inline object with properties");
                return Single.AnyForm("dict[str, Any]");
            case "array":
                if (!schema.TryGetProperty("items", out var items))
                    return Single.AnyForm("list[Any]");
                var item = ReadSingle(owner, name, items, depth + 1);
                if (item.Problem is not null)
                    return item;
                if (item.IsAny)
                    return Single.AnyForm($"list[{item.AnyText}]");
                if (item.IsList)
                    return Single.Bad("a list of lists");
                if (item.IsNull || item.Item is null)
                    return Single.Bad("a list of null");
                return Single.Of(item.Item, isList: true);
            default:
                return Single.Bad($"the type '{type.GetString()}'");
        }
    }

    private Single ReadReference(string owner, string name, JsonElement reference)
    {
        if (reference.ValueKind != JsonValueKind.String)
            return Single.Bad("a '$ref' that is not a string");
        var text = reference.GetString()!;
        if (!text.StartsWith(RefPrefix, StringComparison.Ordinal))
            return Single.Bad($"the reference '{text}' outside components/schemas");
        var key = text.Substring(RefPrefix.Length).Replace("~1", "/").Replace("~0", "~");
        if (!_schemas.TryGetValue(key, out var target))
        {
            Report(DiagnosticDescriptors.UnresolvedReference, FieldPath(owner, name), $"{owner}.{name}", key, "the field is generated as an untyped (Any) input");
            return Single.Any;
        }
        if (target.ValueKind != JsonValueKind.Object)
            return Single.Bad($"the referenced schema '{key}' is not an object");

        if (target.TryGetProperty("enum", out var values))
        {
            var enumKey = ObjectKeyPrefix + key;
            if (!_enums.ContainsKey(enumKey))
            {
                if (ReadEnumValues(values, out var isInteger) is not { } list)
                    return Single.Bad($"the referenced enum '{key}' has values that are not all strings or all integers");
                _enums[enumKey] = new RawEnum(enumKey, isInteger, list, StringOf(target, "description"));
            }
            _enums[enumKey].Uses.Add((owner, name));
            return Single.Of(new ItemType(ItemKind.Enum, enumKey));
        }

        var targetClass = ClassOf(target);
        if (targetClass is "invocation")
            return Single.Bad($"a reference to the invocation '{key}'");
        if (targetClass is not "output" && _objectKeys.Add(key))
            _objectQueue.Enqueue(key);
        return Single.Of(new ItemType(ItemKind.Object, ObjectKeyPrefix + key));
    }

    private Single ReadInlineEnum(string owner, string name, JsonElement schema, JsonElement values, bool isConst = false)
    {
        List<string>? list;
        bool isInteger;
        if (isConst)
        {
            isInteger = values.ValueKind == JsonValueKind.Number;
            list = values.ValueKind == JsonValueKind.String ? [values.GetString()!]
                : values.ValueKind == JsonValueKind.Number && values.TryGetInt64(out var number) ? [number.ToString(CultureInfo.InvariantCulture)]
                : null;
        }
        else
        {
            list = ReadEnumValues(values, out isInteger);
        }
        if (list is null)
            return Single.Bad("an enum whose values are not all strings or all integers");

        var key = EnumKeyPrefix + (isInteger ? "i:" : "s:") + string.Join("\u0001", list.OrderBy(v => v, StringComparer.Ordinal));
        if (!_enums.TryGetValue(key, out var rawEnum))
            _enums[key] = rawEnum = new RawEnum(key, isInteger, list, null);
        rawEnum.Uses.Add((owner, name));
        if (schema.TryGetProperty("ui_choice_labels", out var labels) && labels.ValueKind == JsonValueKind.Object)
        {
            foreach (var label in labels.EnumerateObject())
            {
                if (label.Value.ValueKind == JsonValueKind.String && !rawEnum.Labels.ContainsKey(label.Name))
                    rawEnum.Labels[label.Name] = label.Value.GetString()!;
            }
        }
        return Single.Of(new ItemType(ItemKind.Enum, key));
    }

    private static List<string>? ReadEnumValues(JsonElement values, out bool isInteger)
    {
        isInteger = false;
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
            return null;
        var strings = new List<string>();
        var kinds = new HashSet<JsonValueKind>();
        foreach (var value in values.EnumerateArray())
        {
            kinds.Add(value.ValueKind);
            if (value.ValueKind == JsonValueKind.String)
                strings.Add(value.GetString()!);
            else if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
                strings.Add(number.ToString(CultureInfo.InvariantCulture));
            else
                return null;
        }
        if (kinds.Count != 1)
            return null;
        isInteger = kinds.Contains(JsonValueKind.Number);
        return strings.Distinct(StringComparer.Ordinal).ToList();
    }
}
