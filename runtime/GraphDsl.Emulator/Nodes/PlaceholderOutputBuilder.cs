using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Nodes;

/// <summary>
/// Builds a schema-valid output for a node the emulator does not compute: every property of the output schema, from a
/// same-named input when it has the same type, else a fresh artifact (a real PNG for <c>ImageField</c>, fresh names for
/// latents, conditioning, …), the schema default, or the simplest valid value.
/// </summary>
internal sealed class PlaceholderOutputBuilder(NodeContext context)
{
    private const int MaxDepth = 8;
    private (int Width, int Height)? _size;

    /// <summary>The pixel size of what the node makes: its <c>width</c>/<c>height</c> inputs, an input image's or latents' size, or 512×512.</summary>
    public (int Width, int Height) Size => _size ??= NodeImages.SizeOf(context);

    public JsonObject Build(string outputType)
    {
        var schemaName = context.Schema.FindOutput(outputType)?.SchemaName;
        if (schemaName is null || !context.Schema.Components.TryGetProperty(schemaName, out var schema))
            return context.Output(outputType);
        var output = new JsonObject();
        if (context.OutputHasMeta(outputType))
            output["output_meta"] = null;
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Name is "type" or "output_meta")
                    continue;
                output[property.Name] = Passthrough(property.Name, property.Value) ?? Value(property.Name, property.Value, 0);
            }
        }
        output["type"] = outputType;
        return output;
    }

    /// <summary>A clone of the same-named input when its type matches and it is not a fresh artifact.</summary>
    private JsonNode? Passthrough(string name, JsonElement outputSchema)
    {
        var input = context.Template?.FindInput(name);
        var value = context.Value(name);
        if (input is null || value is null)
            return null;
        var outputSignature = Signature(outputSchema);
        if (outputSignature is null || outputSignature != Signature(input.Schema) || IsArtifact(outputSignature))
            return null;
        return value.DeepClone();
    }

    private JsonNode? Value(string name, JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
            return null;
        if (schema.TryGetProperty("const", out var constant))
            return JsonNode.Parse(constant.GetRawText());
        if (schema.TryGetProperty("$ref", out var reference))
            return Reference(RefName(reference), depth);
        if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() > 0)
            return Value(name, allOf[0], depth);
        foreach (var union in (string[])["anyOf", "oneOf"])
        {
            if (!schema.TryGetProperty(union, out var branches))
                continue;
            if (schema.TryGetProperty("default", out var unionDefault))
                return JsonNode.Parse(unionDefault.GetRawText());
            if (branches.EnumerateArray().Any(IsNull))
                return null;
            return branches.GetArrayLength() > 0 ? Value(name, branches[0], depth) : null;
        }
        if (schema.TryGetProperty("default", out var fallback))
            return JsonNode.Parse(fallback.GetRawText());
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
            return JsonNode.Parse(values[0].GetRawText());
        var type = schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        switch (type)
        {
            case "integer":
                if (name == "width")
                    return Size.Width;
                if (name == "height")
                    return Size.Height;
                return schema.TryGetProperty("minimum", out var min) ? (long)Math.Ceiling(min.GetDouble()) : 0;
            case "number":
                return schema.TryGetProperty("minimum", out var minimum) ? minimum.GetDouble() : 0.0;
            case "string":
                return name.EndsWith("_name", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "";
            case "boolean":
                return false;
            case "array":
                var array = new JsonArray();
                var count = schema.TryGetProperty("minItems", out var minItems) ? minItems.GetInt32() : 0;
                if (count > 0 && schema.TryGetProperty("items", out var items))
                {
                    for (var i = 0; i < count; i++)
                        array.Add(Value(name, items, depth + 1));
                }
                return array;
            case "object":
                return ObjectOf(schema, depth);
            default:
                return null;
        }
    }

    private JsonNode? Reference(string refName, int depth)
    {
        switch (refName)
        {
            case "ImageField":
                return new JsonObject { ["image_name"] = NodeImages.Create(context, Size.Width, Size.Height) };
            case "LatentsField":
                return Named("latents_name", "Tensor_");
            case "ConditioningField":
                return Named("conditioning_name", "ConditioningFieldData_");
            case "TensorField":
                return Named("tensor_name", "Tensor_");
            case "VideoField":
                return new JsonObject { ["video_name"] = Guid.NewGuid() + ".mp4" };
        }
        var fromInput = InputOfReference(refName);
        if (fromInput is not null && !IsArtifact(refName))
            return fromInput;
        if (!context.Schema.Components.TryGetProperty(refName, out var schema))
            return null;
        return Value(refName, schema, depth + 1);
    }

    private JsonObject Named(string property, string prefix)
    {
        var name = prefix + Guid.NewGuid();
        context.State.RecordSize(name, Size.Width, Size.Height);
        return new JsonObject { [property] = name };
    }

    private JsonObject ObjectOf(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (!schema.TryGetProperty("properties", out var properties))
            return result;
        var required = schema.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(r => r.GetString()).ToHashSet()
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            if (!required.Contains(property.Name))
                continue;
            var value = Value(property.Name, property.Value, depth + 1);
            if (value is null && property.Name.EndsWith("_name", StringComparison.Ordinal))
                value = Guid.NewGuid().ToString();
            result[property.Name] = value;
        }
        return result;
    }

    /// <summary>A clone of the first input object whose schema refers to <paramref name="refName"/> (e.g. a model identifier).</summary>
    private JsonNode? InputOfReference(string refName)
    {
        foreach (var input in context.Template?.Inputs ?? [])
        {
            if (Signature(input.Schema) == refName && context.Value(input.Name) is JsonObject value)
                return value.DeepClone();
        }
        return null;
    }

    private bool IsArtifact(string signature)
    {
        if (!context.Schema.Components.TryGetProperty(signature, out var schema) || !schema.TryGetProperty("required", out var required))
            return false;
        return required.EnumerateArray().Any(r => r.GetString()?.EndsWith("_name", StringComparison.Ordinal) == true);
    }

    /// <summary>The ref name or primitive type of a schema, its <c>null</c> branch ignored; null for <c>Any</c>.</summary>
    private static string? Signature(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return null;
        if (schema.TryGetProperty("$ref", out var reference))
            return RefName(reference);
        foreach (var union in (string[])["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(union, out var branches))
            {
                var members = branches.EnumerateArray().Where(b => !IsNull(b)).Select(Signature).ToList();
                return members.Count == 1 ? members[0] : members.Count == 0 ? null : string.Join('|', members);
            }
        }
        if (!schema.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            return null;
        return type.GetString() == "array" && schema.TryGetProperty("items", out var items) ? "list[" + Signature(items) + "]" : type.GetString();
    }

    private static bool IsNull(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static string RefName(JsonElement reference)
    {
        var text = reference.GetString() ?? "";
        return text[(text.LastIndexOf('/') + 1)..];
    }
}
