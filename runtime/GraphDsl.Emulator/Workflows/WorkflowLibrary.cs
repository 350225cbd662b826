using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Workflows;

/// <summary>
/// The emulator's workflow library: InvokeAI's default workflows, loaded once from the embedded resources
/// <c>GraphDsl.Emulator.Workflows.*.json</c>, owned by <c>system</c>, read-only. Immutable after construction; thread-safe.
/// </summary>
public sealed class WorkflowLibrary
{
    private const string ResourcePrefix = "GraphDsl.Emulator.Workflows.";

    private readonly Dictionary<string, WorkflowEntry> _byId;

    /// <summary>Loads the embedded default workflows, stamped with the current time of <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock for <c>created_at</c>/<c>updated_at</c> (InvokeAI re-inserts defaults at start-up).</param>
    public WorkflowLibrary(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var createdAt = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
        var assembly = typeof(WorkflowLibrary).Assembly;
        var entries = new List<WorkflowEntry>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                     && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Embedded workflow {name} cannot be opened.");
            var json = JsonNode.Parse(stream) as JsonObject ?? throw new InvalidDataException($"Embedded workflow {name} is not a JSON object.");
            entries.Add(ToEntry(json, name, createdAt));
        }

        Entries = entries;
        _byId = entries.ToDictionary(e => e.WorkflowId, StringComparer.Ordinal);
    }

    /// <summary>How many workflows the library holds.</summary>
    public int Count => Entries.Count;

    /// <summary>The workflow ids, in load order.</summary>
    public IReadOnlyList<string> Ids => [.. Entries.Select(e => e.WorkflowId)];

    /// <summary>The rows, in load order (by resource name).</summary>
    internal IReadOnlyList<WorkflowEntry> Entries { get; }

    /// <summary>A copy of workflow <paramref name="workflowId"/> as the server serialises it, or <see langword="null"/>.</summary>
    /// <param name="workflowId">The id, e.g. <c>default_5e8b008d-c697-45d0-8883-085a954c6ace</c>.</param>
    public JsonObject? GetWorkflow(string workflowId) => Find(workflowId)?.Workflow.DeepClone().AsObject();

    /// <summary>The row <paramref name="workflowId"/>, or <see langword="null"/>.</summary>
    internal WorkflowEntry? Find(string workflowId) => workflowId is not null ? _byId.GetValueOrDefault(workflowId) : null;

    private static WorkflowEntry ToEntry(JsonObject file, string resource, string createdAt)
    {
        string Text(JsonNode? node, string what) =>
            node is JsonValue value && value.TryGetValue<string>(out var s) ? s : throw new InvalidDataException($"{resource}: {what} is not a string.");

        var meta = file["meta"] as JsonObject ?? throw new InvalidDataException($"{resource}: no meta.");
        var workflow = new JsonObject
        {
            ["name"] = Text(file["name"], "name"),
            ["author"] = Text(file["author"], "author"),
            ["description"] = Text(file["description"], "description"),
            ["version"] = Text(file["version"], "version"),
            ["contact"] = Text(file["contact"], "contact"),
            ["tags"] = Text(file["tags"], "tags"),
            ["notes"] = Text(file["notes"], "notes"),
            ["exposedFields"] = new JsonArray([.. (file["exposedFields"] as JsonArray ?? []).Select(f => (JsonNode?)new JsonObject
            {
                ["nodeId"] = Text(f?["nodeId"], "exposedFields.nodeId"),
                ["fieldName"] = Text(f?["fieldName"], "exposedFields.fieldName"),
            })]),
            ["meta"] = new JsonObject { ["version"] = Text(meta["version"], "meta.version"), ["category"] = Text(meta["category"], "meta.category") },
            ["nodes"] = file["nodes"]?.DeepClone() ?? new JsonArray(),
            ["edges"] = file["edges"]?.DeepClone() ?? new JsonArray(),
            ["form"] = file["form"]?.DeepClone(),
            ["id"] = Text(file["id"], "id"),
        };
        return new WorkflowEntry(
            (string)workflow["id"]!,
            (string)workflow["name"]!,
            (string)workflow["description"]!,
            (string)workflow["tags"]!,
            (string)workflow["meta"]!["category"]!,
            "system",
            IsPublic: false,
            createdAt,
            workflow);
    }
}
