using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Schema;

public sealed partial class InvokeSchema
{
    private const string DefaultResourceName = "GraphDsl.Emulator.invokeai-6.14.openapi.json";

    private InvokeSchema(string? version, IReadOnlyDictionary<string, NodeTemplate> nodes, IReadOnlyDictionary<string, OutputTemplate> outputs, JsonElement components)
    {
        Version = version;
        Nodes = nodes;
        Outputs = outputs;
        Components = components;
    }

    /// <summary>Reads an InvokeAI OpenAPI document (protocol §8): every component schema with <c>"class": "invocation"</c>
    /// is a node, every one with <c>"class": "output"</c> an output, each keyed by its <c>properties.type.const</c>.</summary>
    /// <param name="json">The document's text.</param>
    /// <exception cref="InvalidDataException">The text is not JSON, or not an InvokeAI OpenAPI document.</exception>
    public static InvokeSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The OpenAPI document is not JSON: {e.Message}", e);
        }

        return FromDocument(root);
    }

    /// <summary>Reads the OpenAPI document at <paramref name="path"/>; see <see cref="Parse"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">The file is not an InvokeAI OpenAPI document.</exception>
    public static InvokeSchema Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The InvokeAI 6.14 document embedded in this assembly (the emulator's default schema).</summary>
    public static InvokeSchema LoadDefault() => Parse(DefaultDocument());

    /// <summary>The text of the InvokeAI 6.14 OpenAPI document embedded in this assembly, for hosts that read it their own way.</summary>
    /// <exception cref="InvalidDataException">The resource is missing (a broken build).</exception>
    public static string DefaultDocument()
    {
        using var stream = typeof(InvokeSchema).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidDataException($"The embedded resource {DefaultResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static InvokeSchema FromDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("components", out var componentsObject) || componentsObject.ValueKind != JsonValueKind.Object
            || !componentsObject.TryGetProperty("schemas", out var components) || components.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("The OpenAPI document has no components.schemas object.");
        }

        string? version = root.TryGetProperty("info", out var info) && info.ValueKind == JsonValueKind.Object
            && info.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        var outputs = new Dictionary<string, OutputTemplate>(StringComparer.Ordinal);
        var outputTypeBySchema = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in components.EnumerateObject().Where(c => ClassOf(c.Value) == "output"))
        {
            var output = ReadOutput(component.Name, component.Value, components);
            if (!outputs.TryAdd(output.Type, output))
            {
                throw new InvalidDataException($"Output type '{output.Type}' is declared by both {outputs[output.Type].SchemaName} and {component.Name}.");
            }

            outputTypeBySchema[component.Name] = output.Type;
        }

        var nodes = new Dictionary<string, NodeTemplate>(StringComparer.Ordinal);
        foreach (var component in components.EnumerateObject().Where(c => ClassOf(c.Value) == "invocation"))
        {
            var node = ReadNode(component.Name, component.Value, components, outputTypeBySchema);
            if (!nodes.TryAdd(node.Type, node))
            {
                throw new InvalidDataException($"Node type '{node.Type}' is declared by both {nodes[node.Type].SchemaName} and {component.Name}.");
            }
        }

        if (nodes.Count == 0)
        {
            throw new InvalidDataException("The OpenAPI document declares no invocation (no component schema has \"class\": \"invocation\").");
        }

        return new InvokeSchema(version, nodes, outputs, components);
    }

    private static string? ClassOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("class", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()
            : null;

    private static OutputTemplate ReadOutput(string schemaName, JsonElement schema, JsonElement components)
    {
        var properties = Properties(schemaName, schema);
        var fields = new List<FieldTemplate>();
        foreach (var property in properties.EnumerateObject().Where(p => p.Name != "type"))
        {
            fields.Add(new FieldTemplate(property.Name, ReadType(schemaName, property, components), property.Value));
        }

        return new OutputTemplate(WireTypeOf(schemaName, properties), schemaName, fields);
    }

    private static NodeTemplate ReadNode(string schemaName, JsonElement schema, JsonElement components, Dictionary<string, string> outputTypeBySchema)
    {
        var properties = Properties(schemaName, schema);
        var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

        var inputs = new List<FieldTemplate>();
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Name is "id" or "type" or "is_intermediate" or "use_cache")
            {
                continue;
            }

            inputs.Add(ReadInput(schemaName, property, required.Contains(property.Name), components));
        }

        var useCacheDefault = !(properties.TryGetProperty("use_cache", out var useCache) && useCache.ValueKind == JsonValueKind.Object
            && useCache.TryGetProperty("default", out var useCacheValue) && useCacheValue.ValueKind == JsonValueKind.False);
        var nodeVersion = schema.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString()! : "";
        return new NodeTemplate(WireTypeOf(schemaName, properties), schemaName, nodeVersion, inputs,
            OutputTypeOf(schemaName, schema, outputTypeBySchema), useCacheDefault);
    }

    private static FieldTemplate ReadInput(string schemaName, JsonProperty property, bool schemaRequired, JsonElement components)
    {
        var field = property.Value;
        var type = ReadType(schemaName, property, components);
        JsonElement? fieldDefault = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("default", out var d) ? d : null;

        // The @invocation decorator turns every field whose default is None into T|None (protocol §2).
        if (fieldDefault is { ValueKind: JsonValueKind.Null } && !type.IsOptional && type.Kind != WireTypeKind.Any
            && type.Kind != WireTypeKind.None)
        {
            type = WireType.Union(type, WireType.None);
        }

        var kind = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("input", out var input) && input.ValueKind == JsonValueKind.String
            ? input.GetString() switch
            {
                "connection" => InputKind.Connection,
                "direct" => InputKind.Direct,
                "any" => InputKind.Any,
                var other => throw new InvalidDataException($"{schemaName}.{property.Name}: unknown input kind '{other}'."),
            }
            : InputKind.Any;
        var origRequired = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("orig_required", out var o) && o.ValueKind == JsonValueKind.True;
        var hasOrigDefault = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("orig_default", out _);
        return new FieldTemplate(property.Name, type, field)
        {
            Kind = kind,
            IsSchemaRequired = schemaRequired,
            IsRequiredAtExecution = origRequired && !hasOrigDefault,
            Default = fieldDefault,
        };
    }

    private static WireType ReadType(string schemaName, JsonProperty property, JsonElement components)
    {
        try
        {
            return SchemaWireTypes.Read(property.Value, components);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{schemaName}.{property.Name}: {e.Message}", e);
        }
    }

    private static JsonElement Properties(string schemaName, JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties
            : throw new InvalidDataException($"{schemaName} has no properties object.");

    /// <summary>The wire type: <c>properties.type.const</c>, or its <c>default</c>.</summary>
    private static string WireTypeOf(string schemaName, JsonElement properties)
    {
        if (properties.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Object)
        {
            if (type.TryGetProperty("const", out var constant) && constant.ValueKind == JsonValueKind.String)
            {
                return constant.GetString()!;
            }

            if (type.TryGetProperty("default", out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }
        }

        throw new InvalidDataException($"{schemaName} has no properties.type.const (its wire type).");
    }

    private static string OutputTypeOf(string schemaName, JsonElement schema, Dictionary<string, string> outputTypeBySchema)
    {
        const string prefix = "#/components/schemas/";
        if (schema.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object
            && output.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String
            && reference.GetString()!.StartsWith(prefix, StringComparison.Ordinal))
        {
            var outputSchema = reference.GetString()![prefix.Length..];
            return outputTypeBySchema.TryGetValue(outputSchema, out var type)
                ? type
                : throw new InvalidDataException($"{schemaName}: its output {outputSchema} is not an output schema.");
        }

        throw new InvalidDataException($"{schemaName} has no output reference (output.$ref).");
    }
}
