using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>Builds the final, equatable model from what was read and named.</summary>
internal sealed partial class SchemaReader
{
    private static readonly string[] Classifications = ["stable", "beta", "prototype", "deprecated", "internal", "special"];

    private GenerationModel BuildModel(Names names)
    {
        var nodes = _nodes.Select(n => BuildNode(n, names)).ToEquatableArray();
        var firstByWireType = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (firstByWireType.TryGetValue(nodes[i].WireType, out var first))
                Report(DiagnosticDescriptors.DuplicateWireType, SchemaPath(_nodes[i].Key, "properties", "type", "const"), _nodes[i].Key, nodes[i].WireType, _nodes[first].Key);
            else
                firstByWireType[nodes[i].WireType] = i;
        }
        var outputs = _outputs.Select(o => BuildOutput(o, names)).ToEquatableArray();
        var objects = _objects.Select(o => BuildObject(o, names)).OrderBy(o => o.ClassName, StringComparer.Ordinal).ToEquatableArray();
        var enums = _enums.Values
            .Select(e => new EnumSpec(
                names.Type(e.Key),
                e.IsInteger,
                e.Description,
                e.Values.Select(v => new EnumMemberSpec(names.EnumMembers[e.Key][v], v, e.Labels.TryGetValue(v, out var label) ? label : null)).ToEquatableArray(),
                e.Uses.Select(u => $"{names.Owner(u.Owner)}.{u.Field}")
                    .Distinct(StringComparer.Ordinal).OrderBy(u => u, StringComparer.Ordinal).ToEquatableArray()))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToEquatableArray();
        return new GenerationModel(_namespace, FileName, nodes, outputs, objects, enums);
    }

    private NodeSpec BuildNode(RawType raw, Names names)
    {
        var schema = raw.Schema;
        var properties = schema.GetProperty("properties");
        var className = names.Type(raw.Key);
        var required = RequiredNames(raw.Key, schema);
        var propertyNames = PropertyNames(className, raw.Fields, NodeMembers);
        var inputs = raw.Fields.Select((field, i) => BuildInput(raw.Key, field, propertyNames[i], required, names)).ToEquatableArray();

        var useCache = properties.TryGetProperty("use_cache", out var useCacheSchema) && useCacheSchema.ValueKind == JsonValueKind.Object
            && useCacheSchema.TryGetProperty("default", out var useCacheDefault) && useCacheDefault.ValueKind == JsonValueKind.False
            ? false
            : true;

        var classification = Text(raw.Key, schema, "classification") ?? "stable";
        if (Array.IndexOf(Classifications, classification) < 0)
        {
            Report(DiagnosticDescriptors.MalformedValue, SchemaPath(raw.Key, "classification"), raw.Key + ".classification", $"'{classification}' is not a known classification");
            classification = "stable";
        }

        return new NodeSpec(
            className,
            WireTypeOf(properties)!,
            Text(raw.Key, schema, "title"),
            Text(raw.Key, schema, "description"),
            Text(raw.Key, schema, "version") ?? "",
            Text(raw.Key, schema, "category"),
            Strings(raw.Key, schema, "tags"),
            classification,
            Text(raw.Key, schema, "node_pack"),
            OutputClassOf(raw.Key, schema, names),
            useCache,
            inputs);
    }

    private InputSpec BuildInput(string owner, RawField field, string propertyName, HashSet<string> required, Names names)
    {
        var schema = field.Schema;
        var type = Resolve(field.Type, names);
        var kind = Text(owner, schema, "input", field) switch
        {
            "connection" => InputKindSpec.Connection,
            "direct" => InputKindSpec.Direct,
            _ => InputKindSpec.Any,
        };
        var isObject = schema.ValueKind == JsonValueKind.Object;
        var origRequired = isObject && schema.TryGetProperty("orig_required", out var o) && o.ValueKind == JsonValueKind.True;
        var hasOrigDefault = isObject && schema.TryGetProperty("orig_default", out _);
        var isRequired = required.Contains(field.WireName) || origRequired && !hasOrigDefault;

        string? defaultJson = null;
        var defaultFits = false;
        if (isObject && schema.TryGetProperty("default", out var defaultValue))
        {
            defaultJson = defaultValue.GetRawText();
            defaultFits = DefaultLiterals.Fits(type, defaultValue, (enumName, wire) => EnumMember(names, enumName, wire));
        }

        return new InputSpec(
            field.WireName,
            propertyName,
            kind,
            type,
            isRequired,
            Text(owner, schema, "title", field),
            Text(owner, schema, "description", field),
            defaultJson,
            !isRequired && defaultFits,
            isObject ? Bounds(owner, field) : null,
            field.IsUntyped);
    }

    private static string? EnumMember(Names names, string enumName, string wire) =>
        names.EnumMembersByName.TryGetValue(enumName, out var members) && members.TryGetValue(wire, out var member) ? member : null;

    private BoundsSpec? Bounds(string owner, RawField field)
    {
        double? minimum = null, maximum = null, exclusiveMinimum = null, exclusiveMaximum = null, multipleOf = null;
        // The field itself, and the branches of its union (pydantic puts the bounds of `T | None` on the `T` branch).
        var sources = new List<JsonElement> { field.Schema };
        if (IsUnion(field.Schema))
            Flatten(field.Schema, sources);
        foreach (var source in sources)
        {
            if (source.ValueKind != JsonValueKind.Object)
                continue;
            minimum ??= Number(owner, field, source, "minimum") ?? Number(owner, field, source, "ge");
            maximum ??= Number(owner, field, source, "maximum") ?? Number(owner, field, source, "le");
            exclusiveMinimum ??= Number(owner, field, source, "exclusiveMinimum") ?? Number(owner, field, source, "gt");
            exclusiveMaximum ??= Number(owner, field, source, "exclusiveMaximum") ?? Number(owner, field, source, "lt");
            multipleOf ??= Number(owner, field, source, "multipleOf");
        }
        return minimum is null && maximum is null && exclusiveMinimum is null && exclusiveMaximum is null && multipleOf is null
            ? null
            : new BoundsSpec(minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf);
    }

    private double? Number(string owner, RawField field, JsonElement source, string name)
    {
        if (!source.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && !double.IsInfinity(number))
            return number;
        Report(DiagnosticDescriptors.MalformedValue, [.. field.Path, name], $"{owner}.{field.WireName}.{name}", "expected a number");
        return null;
    }

    private string OutputClassOf(string key, JsonElement schema, Names names)
    {
        const string fallback = "global::GraphDsl.UntypedOutput";
        if (!schema.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Object
            || !output.TryGetProperty("$ref", out var reference) || reference.ValueKind != JsonValueKind.String)
        {
            Report(DiagnosticDescriptors.InvalidNode, SchemaPath(key), key, "it has no 'output' reference; its outputs are untyped");
            return fallback;
        }
        var text = reference.GetString()!;
        var outputKey = text.StartsWith(RefPrefix, StringComparison.Ordinal) ? text.Substring(RefPrefix.Length) : text;
        if (!names.Types.TryGetValue(outputKey, out var className) || !_outputs.Any(o => o.Key == outputKey))
        {
            Report(DiagnosticDescriptors.UnresolvedReference, SchemaPath(key, "output", "$ref"), key + ".output", outputKey, "the node's outputs are untyped");
            return fallback;
        }
        return $"global::{_namespace}.{className}";
    }

    private OutputSpec BuildOutput(RawType raw, Names names)
    {
        var className = names.Type(raw.Key);
        var propertyNames = PropertyNames(className, raw.Fields, OutputMembers);
        var fields = raw.Fields.Select((f, i) => new MemberSpec(f.WireName, propertyNames[i], Resolve(f.Type, names), IsRequired: true, Text(raw.Key, f.Schema, "description", f))).ToEquatableArray();
        var wireType = raw.Schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object ? WireTypeOf(properties) : null;
        if (wireType is null)
        {
            Report(DiagnosticDescriptors.MalformedValue, SchemaPath(raw.Key), raw.Key, "the output has no 'type' const; its schema key is used");
            wireType = raw.Key;
        }
        return new OutputSpec(className, wireType, Text(raw.Key, raw.Schema, "description"), fields);
    }

    private ObjectSpec BuildObject(RawType raw, Names names)
    {
        var className = names.Type(ObjectKeyPrefix + raw.Key);
        var required = RequiredNames(raw.Key, raw.Schema);
        var propertyNames = PropertyNames(className, raw.Fields, OutputMembers);
        var fields = raw.Fields.Select((f, i) => new MemberSpec(f.WireName, propertyNames[i], Resolve(f.Type, names), required.Contains(f.WireName), Text(raw.Key, f.Schema, "description", f))).ToEquatableArray();
        return new ObjectSpec(className, raw.Key, Text(raw.Key, raw.Schema, "description"), fields);
    }

    private HashSet<string> RequiredNames(string key, JsonElement schema)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!schema.TryGetProperty("required", out var required))
            return result;
        if (required.ValueKind != JsonValueKind.Array)
        {
            Report(DiagnosticDescriptors.MalformedValue, SchemaPath(key, "required"), key + ".required", "expected an array of names");
            return result;
        }
        foreach (var name in required.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String)
                result.Add(name.GetString()!);
        }
        result.Remove("type");
        result.Remove("id");
        return result;
    }

    private string? Text(string key, JsonElement schema, string name, RawField? field = null)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Report(DiagnosticDescriptors.MalformedValue, [.. field?.Path ?? SchemaPath(key), name], $"{key}.{name}", "expected a string");
        return null;
    }

    private EquatableArray<string> Strings(string key, JsonElement schema, string name)
    {
        if (!schema.TryGetProperty(name, out var value))
            return EquatableArray<string>.Empty;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Report(DiagnosticDescriptors.MalformedValue, SchemaPath(key, name), $"{key}.{name}", "expected an array of strings");
            return EquatableArray<string>.Empty;
        }
        return value.EnumerateArray().Select(v => v.GetString()!).ToEquatableArray();
    }
}
