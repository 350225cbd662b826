using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>One parse of one schema file: reads the JSON, then names, then builds the model.</summary>
internal sealed partial class SchemaReader
{
    private static readonly string[] SchemasPath = ["components", "schemas"];

    private readonly string _filePath;
    private readonly byte[] _utf8;
    private readonly int _length;
    private readonly string _namespace;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(string Id, string[] Path, string[] Args)> _pending = [];
    private readonly Dictionary<string, JsonElement> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawEnum> _enums = new(StringComparer.Ordinal);
    private readonly List<RawType> _nodes = [];
    private readonly List<RawType> _outputs = [];
    private readonly List<RawType> _objects = [];
    private readonly HashSet<string> _objectKeys = new(StringComparer.Ordinal);
    private readonly Queue<string> _objectQueue = new();
    private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);

    public SchemaReader(string filePath, byte[] utf8, int length, string targetNamespace, CancellationToken cancellationToken)
    {
        _filePath = filePath;
        _utf8 = utf8;
        _length = length;
        _namespace = targetNamespace;
        _cancellationToken = cancellationToken;
    }

    private string FileName => Path.GetFileName(_filePath);

    public ParseResult Read()
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(new ReadOnlyMemory<byte>(_utf8, 0, _length), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            var locator = new JsonLocator(_filePath, _utf8, _length);
            var location = locator.FromLineAndBytePosition(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            return new ParseResult(null, new[] { new DiagnosticInfo(DiagnosticDescriptors.InvalidJson.Id, location, new[] { FileName, Reason(ex.Message) }.ToEquatableArray()) }.ToEquatableArray());
        }

        using (document)
        {
            var root = document.RootElement;
            if (!TryGetObject(root, "components", out var components) || !TryGetObject(components, "schemas", out var schemas))
            {
                Report(DiagnosticDescriptors.NoSchemas, root.ValueKind == JsonValueKind.Object && root.TryGetProperty("components", out _) ? ["components"] : [], FileName);
                return Finish(null);
            }

            foreach (var schema in schemas.EnumerateObject())
                _schemas[schema.Name] = schema.Value;

            foreach (var key in _schemas.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var schema = _schemas[key];
                switch (ClassOf(schema))
                {
                    case "invocation":
                        if (ReadNode(key, schema) is { } node)
                            _nodes.Add(node);
                        break;
                    case "output":
                        _outputs.Add(ReadMembers(key, schema, isOutput: true));
                        break;
                }
            }

            while (_objectQueue.Count > 0)
            {
                var key = _objectQueue.Dequeue();
                _objects.Add(ReadMembers(key, _schemas[key], isOutput: false));
            }

            if (_nodes.Count == 0)
                Report(DiagnosticDescriptors.NoInvocations, SchemasPath, FileName);

            var names = AssignNames();
            return Finish(BuildModel(names));
        }
    }

    public ParseResult Failed(Exception ex)
    {
        _pending.Clear();
        _pending.Add((DiagnosticDescriptors.InternalError.Id, [], [FileName, $"{ex.GetType().Name}: {ex.Message}"]));
        return Finish(null);
    }

    private ParseResult Finish(GenerationModel? model)
    {
        var locator = new JsonLocator(_filePath, _utf8, _length);
        var wanted = new HashSet<string>(_pending.Select(p => JsonLocator.Key(p.Path)), StringComparer.Ordinal);
        var spans = locator.Find(wanted);
        var diagnostics = _pending.Select(p =>
        {
            var location = spans.TryGetValue(JsonLocator.Key(p.Path), out var span) ? locator.ToLocation(span.Start, span.Length) : locator.ToLocation(0, 0);
            return new DiagnosticInfo(p.Id, location, p.Args.ToEquatableArray());
        });
        return new ParseResult(model, diagnostics.ToEquatableArray());
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string[] path, params string[] args) =>
        _pending.Add((descriptor.Id, path, args));

    private static string[] SchemaPath(string key, params string[] rest) => ["components", "schemas", key, .. rest];

    /// <summary>The JSON path of a field's schema; built only when something is reported there.</summary>
    internal static string[] FieldPath(string owner, string field) => SchemaPath(owner, "properties", field);

    private static string? ClassOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("class", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;

    private static bool TryGetObject(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The reader's message without its zero-based position (the diagnostic's location gives it) and on one line.</summary>
    private static string Reason(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var end = message.IndexOf(marker, StringComparison.Ordinal);
            if (end > 0)
                message = message.Substring(0, end);
        }
        return string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
    }

    private RawType? ReadNode(string key, JsonElement schema)
    {
        if (!TryGetObject(schema, "properties", out var properties))
        {
            Report(DiagnosticDescriptors.InvalidNode, SchemaPath(key), key, "it has no 'properties' object");
            return null;
        }
        if (WireTypeOf(properties) is null)
        {
            Report(DiagnosticDescriptors.InvalidNode, SchemaPath(key, "properties"), key, "it has no 'type' property with a string 'const'");
            return null;
        }
        var fields = new List<RawField>();
        foreach (var property in properties.EnumerateObject())
        {
            if (!IsNodeAttribute(property) && !HasString(property.Value, "field_kind", "output"))
                fields.Add(ReadProperty(key, property));
        }
        return new RawType(key, schema, fields);
    }

    private RawType ReadMembers(string key, JsonElement schema, bool isOutput)
    {
        var fields = new List<RawField>();
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            if (properties.ValueKind != JsonValueKind.Object)
            {
                Report(DiagnosticDescriptors.MalformedValue, SchemaPath(key, "properties"), key + ".properties", "expected an object");
            }
            else
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (!isOutput || !property.NameEquals("type"))
                        fields.Add(ReadProperty(key, property));
                }
            }
        }
        return new RawType(key, schema, fields);
    }

    private RawField ReadProperty(string owner, JsonProperty property)
    {
        var name = property.Name;
        if (property.Value.ValueKind == JsonValueKind.Object)
            return ReadField(owner, name, property.Value);
        Report(DiagnosticDescriptors.UntypedField, FieldPath(owner, name), owner, name, "its schema is not an object");
        return new RawField(owner, name, property.Value, FieldType.Any, isUntyped: true);
    }

    private static bool IsNodeAttribute(JsonProperty property) =>
        property.NameEquals("id") || property.NameEquals("type") || property.NameEquals("is_intermediate") || property.NameEquals("use_cache");

    private static string? WireTypeOf(JsonElement properties)
    {
        if (!properties.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Object)
            return null;
        if (type.TryGetProperty("const", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } value)
            return value;
        return null;
    }

    /// <summary>Whether the member <paramref name="name"/> is the string <paramref name="value"/> (read without allocating it).</summary>
    private static bool HasString(JsonElement element, string name, string value) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String && member.ValueEquals(value);

    private static string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
