using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace GraphDsl.Runtime.Tests.Oracle;

/// <summary>
/// InvokeAI's own OpenAPI document as a test oracle: validates an <c>enqueue_batch</c> request body against the
/// schema <c>Body_enqueue_batch</c> of a snapshot in <c>schemas/</c>, with NJsonSchema.
/// </summary>
/// <remarks>
/// <para>
/// Each snapshot is loaded once per process (see <c>shared/reference/njsonschema-oracle.md</c>):
/// <c>components.schemas</c> re-rooted under <c>definitions</c> so that every <c>$ref</c> resolves, and every
/// schema-position <c>const</c> copied into <c>enum</c>, which NJsonSchema would otherwise ignore.
/// </para>
/// <para>
/// The body is checked without its nodes (<c>batch.graph.nodes</c> emptied) against <c>Body_enqueue_batch</c>, then each
/// node against the schema of its own <c>type</c>: the verdict of the 307-way <c>oneOf</c>, 100× cheaper and with errors
/// that name the node. Strict mode also refuses properties a schema does not declare (the server's schema leaves
/// objects open; pydantic ignores unknown fields), which catches misspelled field names.
/// </para>
/// </remarks>
public static class EnqueueOracle
{
    /// <summary>The snapshots the oracle knows (<c>schemas/invokeai-{version}.openapi.json</c>).</summary>
    public static IReadOnlyList<string> Versions { get; } = ["6.8", "6.14"];

    private static readonly ConcurrentDictionary<(string Version, bool Strict), Lazy<SchemaSet>> Sets = new();

    /// <summary>Validates a request body; returns one readable line per error, none when it is valid.</summary>
    /// <param name="body">The JSON of <c>{"batch": …, "prepend": …}</c>.</param>
    /// <param name="version"><c>6.8</c> or <c>6.14</c>.</param>
    /// <param name="strict">Also refuse properties the schema does not declare.</param>
    public static IReadOnlyList<string> Validate(string body, string version, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        var set = Load(version, strict);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }

        var errors = new List<string>();
        var nodes = new List<(string Key, JsonNode? Node)>();
        if (root?["batch"]?["graph"]?["nodes"] is JsonObject nodeMap)
        {
            foreach (var (key, node) in nodeMap)
                nodes.Add((key, node));
            // Validate the envelope with the nodes taken out; each node is checked below against its own type.
            root = root.DeepClone();
            root["batch"]!["graph"]!["nodes"] = new JsonObject();
        }
        Run(set.Body, root?.ToJsonString() ?? "null", "", "Body_enqueue_batch", errors);

        foreach (var (key, node) in nodes)
        {
            var at = $"#/batch.graph.nodes.{key}";
            if (node is not JsonObject obj)
            {
                errors.Add($"ObjectExpected at {at}");
                continue;
            }
            var type = obj["type"] is JsonValue value && value.TryGetValue<string>(out var t) ? t : null;
            if (type is null)
            {
                errors.Add($"{at}: the node has no string 'type'");
                continue;
            }
            if (!set.NodesByType.TryGetValue(type, out var schema))
            {
                errors.Add($"{at}: no node type '{type}' in InvokeAI {version} (the server answers union_tag_invalid)");
                continue;
            }
            Run(schema.Schema, obj.ToJsonString(), at, schema.Name, errors);
        }
        return errors;
    }

    /// <summary>Validates a graph (e.g. a queue item's <c>session.graph</c>) wrapped in a minimal body.</summary>
    /// <param name="graphJson">The graph's JSON.</param>
    /// <param name="version"><c>6.8</c> or <c>6.14</c>.</param>
    /// <param name="strict">Also refuse properties the schema does not declare.</param>
    public static IReadOnlyList<string> ValidateGraph(string graphJson, string version, bool strict = false) =>
        Validate(WrapGraph(graphJson), version, strict);

    /// <summary>The minimal body around a graph: <c>{"batch": {"graph": …, "runs": 1}, "prepend": false}</c>.</summary>
    /// <param name="graphJson">The graph's JSON.</param>
    public static string WrapGraph(string graphJson)
    {
        ArgumentNullException.ThrowIfNull(graphJson);
        return $$"""{"batch":{"graph":{{graphJson}},"runs":1},"prepend":false}""";
    }

    /// <summary>Whether the snapshot has a node of wire type <paramref name="type"/>.</summary>
    /// <param name="type">The wire type, e.g. <c>add</c>.</param>
    /// <param name="version"><c>6.8</c> or <c>6.14</c>.</param>
    public static bool HasNodeType(string type, string version) => Load(version, strict: false).NodesByType.ContainsKey(type);

    /// <summary>Fails the test with every error when the body is not valid against each of <paramref name="versions"/>.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="strict">Also refuse properties the schema does not declare.</param>
    /// <param name="versions">The snapshots; all of <see cref="Versions"/> when empty.</param>
    public static void AssertValid(string body, bool strict, params string[] versions)
    {
        var failures = new StringBuilder();
        foreach (var version in versions.Length == 0 ? Versions : versions)
        {
            var errors = Validate(body, version, strict);
            if (errors.Count > 0)
                failures.AppendLine($"InvokeAI {version}{(strict ? " (strict)" : "")}:").AppendJoin(Environment.NewLine, errors.Select(e => "  " + e)).AppendLine();
        }
        if (failures.Length > 0)
            Assert.Fail($"The body does not satisfy Body_enqueue_batch:{Environment.NewLine}{failures}{Environment.NewLine}Body: {Truncate(body, 2000)}");
    }

    private static void Run(JsonSchema schema, string json, string prefix, string schemaName, List<string> errors)
    {
        ICollection<ValidationError> found;
        try
        {
            found = schema.Validate(json);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // NJsonSchema throws on an integer beyond 2^64, for one.
            errors.Add($"{prefix}: NJsonSchema could not validate against {schemaName}: {ex.GetType().Name}: {ex.Message}");
            return;
        }
        foreach (var error in found)
            Report(error, prefix, prefix.Length == 0 ? "" : schemaName + ": ", "", errors);
    }

    private static void Report(ValidationError error, string prefix, string label, string indent, List<string> lines)
    {
        var path = Rebase(error.Path, prefix);
        if (error is not ChildSchemaValidationError child)
        {
            lines.Add($"{indent}{label}{error.Kind} at {path}");
            return;
        }
        if (error.Kind is not (ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAllOf))
        {
            // A wrapper (an array item, a property): its children carry the paths, so show them in its place.
            foreach (var inner in child.Errors.Values.SelectMany(e => e))
                Report(inner, prefix, label, indent, lines);
            return;
        }
        lines.Add($"{indent}{label}{error.Kind} at {path}, because:");
        var branch = 0;
        foreach (var (_, branchErrors) in child.Errors)
        {
            branch++;
            // The null branch of an `anyOf [T, null]` only says the value is not null: not worth a line.
            if (branchErrors.Count == 0 || (branchErrors.Count == 1 && branchErrors.First().Kind == ValidationErrorKind.NullExpected && child.Errors.Count > 1))
                continue;
            lines.Add($"{indent}  branch {branch}:");
            foreach (var inner in branchErrors)
                Report(inner, prefix, "", indent + "    ", lines);
        }
    }

    private static string Rebase(string? path, string prefix)
    {
        path ??= "#";
        if (prefix.Length == 0)
            return path;
        var rest = path.StartsWith('#') ? path[1..].TrimStart('/') : path;
        return rest.Length == 0 ? prefix : $"{prefix}.{rest}";
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static SchemaSet Load(string version, bool strict)
    {
        if (!Versions.Contains(version))
            throw new ArgumentException($"No InvokeAI snapshot '{version}'; the oracle knows {string.Join(", ", Versions)}.", nameof(version));
        return Sets.GetOrAdd((version, strict), key => new Lazy<SchemaSet>(() => SchemaSet.Load(key.Version, key.Strict))).Value;
    }

    private sealed class SchemaSet
    {
        private SchemaSet(JsonSchema body, Dictionary<string, (string Name, JsonSchema Schema)> nodesByType)
        {
            Body = body;
            NodesByType = nodesByType;
        }

        public JsonSchema Body { get; }

        public Dictionary<string, (string Name, JsonSchema Schema)> NodesByType { get; }

        public static SchemaSet Load(string version, bool strict)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Schemas", $"invokeai-{version}.openapi.json");
            var document = JsonNode.Parse(File.ReadAllText(path))!;
            var schemas = document["components"]!["schemas"]!.AsObject();

            // Wire type -> schema name, from each invocation's `type` const.
            var nodeNames = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, schema) in schemas)
            {
                if (schema?["class"]?.GetValue<string>() == "invocation" && schema["properties"]?["type"]?["const"] is JsonValue type)
                    nodeNames[type.GetValue<string>()] = name;
            }

            foreach (var (_, schema) in schemas)
                SchemaFixes.Apply(schema, strict);
            var text = new JsonObject { ["definitions"] = schemas.DeepClone() }.ToJsonString()
                .Replace("\"#/components/schemas/", "\"#/definitions/", StringComparison.Ordinal);

            // NJsonSchema's loader is async; run it off any test synchronization context.
            var root = Task.Run(() => JsonSchema.FromJsonAsync(text)).GetAwaiter().GetResult();
            var nodes = nodeNames.ToDictionary(p => p.Key, p => (p.Value, root.Definitions[p.Value]), StringComparer.Ordinal);
            return new SchemaSet(root.Definitions["Body_enqueue_batch"], nodes);
        }
    }
}
