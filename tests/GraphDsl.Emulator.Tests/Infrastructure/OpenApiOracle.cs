using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Xunit.Sdk;

namespace GraphDsl.Emulator.Tests.Infrastructure;

/// <summary>
/// The test oracle: validates JSON payloads against a component schema of a real InvokeAI OpenAPI document with
/// NJsonSchema. The document's <c>components.schemas</c> are loaded once, re-rooted as <c>definitions</c> (NJsonSchema
/// does not resolve <c>#/components/schemas/…</c> refs in an OpenAPI document), with every schema-position
/// <c>const</c> copied into an <c>enum</c> (NJsonSchema ignores <c>const</c>, which would make every node match
/// every <c>oneOf</c> branch) and duplicated <c>required</c> entries removed. See njsonschema-oracle.md.
/// One instance is safe to share across threads and tests.
/// </summary>
public sealed class OpenApiOracle
{
    private static readonly Lazy<OpenApiOracle> V614Instance = new(() => Load(SchemaPath("invokeai-6.14.openapi.json")));
    private static readonly Lazy<OpenApiOracle> V68Instance = new(() => Load(SchemaPath("invokeai-6.8.openapi.json")));

    private readonly JsonSchema _root;
    private readonly ConcurrentDictionary<string, JsonSchema> _components = new(StringComparer.Ordinal);

    private readonly Dictionary<JsonSchema, string> _names;

    private OpenApiOracle(JsonSchema root)
    {
        _root = root;
        _names = root.Definitions.ToDictionary(d => d.Value, d => d.Key);
    }

    /// <summary>The oracle over the 6.14 document (the emulator's default schema). Loaded on first use.</summary>
    public static OpenApiOracle V614 => V614Instance.Value;

    /// <summary>The oracle over the 6.8 document. Loaded on first use.</summary>
    public static OpenApiOracle V68 => V68Instance.Value;

    /// <summary>Loads the OpenAPI document at <paramref name="path"/>.</summary>
    public static OpenApiOracle Load(string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path}: not a JSON object");
        var schemas = document["components"]?["schemas"]?.AsObject()
            ?? throw new InvalidDataException($"{path}: no components.schemas");
        foreach (var (_, schema) in schemas)
        {
            PrepareSchema(schema);
        }

        var rerooted = new JsonObject { ["definitions"] = schemas.DeepClone() };
        var text = rerooted.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
        return new OpenApiOracle(root);
    }

    /// <summary>True when the document has a component schema <paramref name="componentName"/>.</summary>
    public bool HasComponent(string componentName) => _root.Definitions.ContainsKey(componentName);

    /// <summary>Every error of <paramref name="json"/> against component <paramref name="componentName"/>, one line each
    /// (<c>path: kind</c>, with failed <c>oneOf</c>/<c>anyOf</c> narrowed to the branch that matters); empty when valid.</summary>
    public IReadOnlyList<string> Validate(string json, string componentName)
    {
        var schema = Component(componentName);
        JToken token;
        try
        {
            token = JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore });
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [$"#: not JSON ({e.Message})"];
        }

        ICollection<ValidationError> errors;
        try
        {
            errors = schema.Validate(token);
        }
        catch (Exception e) when (e is OverflowException or FormatException or InvalidCastException)
        {
            return [$"#: NJsonSchema could not validate ({e.GetType().Name}: {e.Message})"];
        }

        var lines = new List<string>();
        foreach (var error in errors)
        {
            Describe(error, "", lines);
        }

        return lines;
    }

    /// <summary>Validates a <see cref="JsonNode"/>; see <see cref="Validate(string, string)"/>.</summary>
    public IReadOnlyList<string> Validate(JsonNode? json, string componentName) =>
        Validate(json?.ToJsonString() ?? "null", componentName);

    /// <summary>Validates a <see cref="JsonElement"/>; see <see cref="Validate(string, string)"/>.</summary>
    public IReadOnlyList<string> Validate(JsonElement json, string componentName) => Validate(json.GetRawText(), componentName);

    /// <summary>Throws an <see cref="XunitException"/> listing every error when <paramref name="json"/> is not a valid
    /// <paramref name="componentName"/>.</summary>
    public void AssertValid(string json, string componentName)
    {
        var errors = Validate(json, componentName);
        if (errors.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append("The payload is not a valid ").Append(componentName).Append(" (").Append(errors.Count).AppendLine(" errors):");
        foreach (var error in errors)
        {
            message.Append("  ").AppendLine(error);
        }

        message.Append("Payload: ").Append(json.Length > 2000 ? json[..2000] + "…" : json);
        throw new XunitException(message.ToString());
    }

    /// <summary>Asserts a <see cref="JsonNode"/>; see <see cref="AssertValid(string, string)"/>.</summary>
    public void AssertValid(JsonNode? json, string componentName) => AssertValid(json?.ToJsonString() ?? "null", componentName);

    /// <summary>Asserts a <see cref="JsonElement"/>; see <see cref="AssertValid(string, string)"/>.</summary>
    public void AssertValid(JsonElement json, string componentName) => AssertValid(json.GetRawText(), componentName);

    private JsonSchema Component(string componentName) =>
        _components.GetOrAdd(componentName, name => _root.Definitions.TryGetValue(name, out var schema)
            ? schema
            : throw new ArgumentException($"The document has no component schema '{name}'.", nameof(componentName)));

    private static string SchemaPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Schemas", fileName);

    /// <summary>Copies <c>const</c> into <c>enum</c> and removes duplicate <c>required</c> names, walking schema
    /// keywords only (never <c>default</c>, <c>examples</c> or other values).</summary>
    private static void PrepareSchema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema.TryGetPropertyValue("const", out var constant) && !schema.ContainsKey("enum"))
        {
            schema["enum"] = new JsonArray(constant?.DeepClone());
        }

        if (schema["required"] is JsonArray required)
        {
            var names = required.Select(n => n?.GetValue<string>()).Distinct().ToList();
            if (names.Count != required.Count)
            {
                schema["required"] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
            }
        }

        foreach (var keyword in new[] { "properties", "patternProperties", "$defs", "definitions" })
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var (_, child) in map)
                {
                    PrepareSchema(child);
                }
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties", "not", "propertyNames", "contains" })
        {
            PrepareSchema(schema[keyword]);
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf", "prefixItems" })
        {
            if (schema[keyword] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    PrepareSchema(branch);
                }
            }
        }
    }

    private void Describe(ValidationError error, string prefix, List<string> lines)
    {
        var where = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        switch (error)
        {
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf:
                DescribeUnion(child, prefix, where, lines);
                break;
            case ChildSchemaValidationError child:
                foreach (var (_, childErrors) in child.Errors)
                {
                    foreach (var inner in childErrors)
                    {
                        Describe(inner, prefix, lines);
                    }
                }

                if (child.Errors.Count == 0)
                {
                    lines.Add($"{prefix}{error.Kind} at {where}");
                }

                break;
            case MultiTypeValidationError multi:
                lines.Add($"{prefix}{error.Kind} at {where} (expected one of {string.Join(", ", multi.Errors.Keys)})");
                break;
            default:
                lines.Add($"{prefix}{error.Kind} at {where}");
                break;
        }
    }

    /// <summary>A failed union: for a node (an object with a string <c>type</c>) only the branch whose <c>type</c> enum
    /// matches; otherwise every branch that is not simply the <c>null</c> alternative.</summary>
    private void DescribeUnion(ChildSchemaValidationError error, string prefix, string where, List<string> lines)
    {
        var typeName = (error.Token as JObject)?["type"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
        if (typeName is not null)
        {
            var tagged = error.Errors.Where(b => HasTypeTag(b.Key)).ToList();
            if (tagged.Count > 0)
            {
                var match = tagged.FirstOrDefault(b => TypeTagMatches(b.Key, typeName));
                if (match.Key is null)
                {
                    lines.Add($"{prefix}{error.Kind} at {where}: no branch has type '{typeName}'");
                    return;
                }

                var label = $"{prefix}as {BranchName(match.Key)}: ";
                if (match.Value.Count == 0)
                {
                    lines.Add($"{label}{error.Kind} at {where} (matches several branches)");
                }

                foreach (var inner in match.Value)
                {
                    Describe(inner, label, lines);
                }

                return;
            }
        }

        var reported = false;
        foreach (var (branch, branchErrors) in error.Errors)
        {
            if (branch.ActualSchema.Type == JsonObjectType.Null)
            {
                continue;
            }

            foreach (var inner in branchErrors)
            {
                Describe(inner, $"{prefix}as {BranchName(branch)}: ", lines);
                reported = true;
            }
        }

        if (!reported)
        {
            lines.Add($"{prefix}{error.Kind} at {where}");
        }
    }

    private static bool HasTypeTag(JsonSchema branch) =>
        branch.ActualSchema.ActualProperties.TryGetValue("type", out var type) && type.ActualSchema.Enumeration.Count == 1;

    private static bool TypeTagMatches(JsonSchema branch, string typeName) =>
        branch.ActualSchema.ActualProperties.TryGetValue("type", out var type)
        && type.ActualSchema.Enumeration.Any(e => e?.ToString() == typeName);

    private string BranchName(JsonSchema branch) =>
        _names.TryGetValue(branch.ActualSchema, out var name) ? name : branch.ActualSchema.Title ?? branch.ActualSchema.Type.ToString();
}
