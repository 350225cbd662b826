using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// What the UI does to a node whose saved version differs from its template's when it loads a workflow
/// (<c>validateWorkflow</c> → <c>updateNode</c> in <c>features/nodes/util/node/nodeUpdate.ts</c>):
/// <list type="bullet">
/// <item>same major version: the node is rebuilt from the template, keeping the saved values (<c>defaultsDeep</c>):
/// inputs the template added get the template's default, inputs it no longer has are removed, and an old
/// <c>image_collection</c>'s <c>collection</c> values move to <c>images</c>;</item>
/// <item>another major version: the UI cannot update it and keeps it as saved; the graph then leaves out the inputs
/// the template does not have (<c>buildNodesGraph</c>: "Field template not found").</item>
/// </list>
/// Inputs missing from the template of a node saved at the template's own version are an error here (the UI would
/// drop them with a console warning).
/// </summary>
internal static class NodeUpdater
{
    public static void Apply(WorkflowDocument document)
    {
        foreach (var node in document.Nodes)
        {
            if (!node.IsInvocation || node.Descriptor is not { } template)
                continue;
            if (node.Version == template.Version)
            {
                foreach (var input in node.Inputs)
                {
                    if (!HasTemplate(node, input.Name))
                    {
                        document.Problems.Add(node.Problem(input.Name,
                            $"Node type '{node.Type}' (version {template.Version}) has no input '{input.Name}': the workflow does not match the schema's template."));
                    }
                }
                continue;
            }
            if (MayUpdate(node.Version, template.Version))
                Update(document, node, template);
            else
                KeepAsSaved(document, node, template);
        }
    }

    private static bool HasTemplate(WfNode node, string field) =>
        node.FindTemplate(field) is not null
        || node.DynamicInputs.Contains(field)
        || WorkflowDocument.IsSavedWorkflowInput(node, field)
        || (node.Type == WorkflowNodeTypes.CallSavedWorkflow && field == "workflow_inputs")
        || WorkflowNodeTypes.AcceptsExtraInputs(node.Type);

    /// <summary><c>getMayUpdateNode</c>: the saved version satisfies <c>^major</c> of the template's version.</summary>
    private static bool MayUpdate(string? saved, string templateVersion) =>
        SemVer.TryParse(saved, out var s) && SemVer.TryParse(templateVersion, out var t) && s.Major == t.Major;

    private static void Update(WorkflowDocument document, WfNode node, NodeDescriptor template)
    {
        var sourceVersion = node.Version;
        foreach (var field in template.Inputs)
        {
            if (node.FindInput(field.Name) is null)
                node.AddInput(new WfInput(field.Name, "", UiTemplateDefault(field)));
        }
        MigrateImageCollection(document, node, sourceVersion);
        foreach (var input in node.Inputs.ToList())
        {
            if (!HasTemplate(node, input.Name))
            {
                node.RemoveInput(input.Name);
                if (input.Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
                {
                    document.Drops.Add(node.Drop($"input '{input.Name}'",
                        $"the UI updates the node from version {sourceVersion} to {template.Version} and removes the inputs its template no longer has"));
                }
            }
        }
        node.Version = template.Version;
    }

    private static void KeepAsSaved(WorkflowDocument document, WfNode node, NodeDescriptor template)
    {
        foreach (var input in node.Inputs)
        {
            if (!HasTemplate(node, input.Name) && input.Value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) })
            {
                document.Drops.Add(node.Drop($"input '{input.Name}'",
                    $"the node was saved at version {node.Version ?? "(none)"}, which the UI cannot update to the schema's {template.Version} (another major version); it keeps the node as saved and leaves out the inputs the template does not have"));
            }
        }
    }

    /// <summary><c>migrateImageCollectionInputValues</c>: before 1.0.2, <c>image_collection</c> kept its images in <c>collection</c>.</summary>
    private static void MigrateImageCollection(WorkflowDocument document, WfNode node, string? sourceVersion)
    {
        if (node.Type != WorkflowNodeTypes.ImageCollection)
            return;
        if (SemVer.TryParse(sourceVersion, out var source) && source.CompareTo(new SemVer(1, 0, 2)) >= 0)
            return;
        var collection = node.FindInput("collection");
        var images = node.FindInput("images");
        if (collection?.Value is not { ValueKind: JsonValueKind.Array } values || images is null)
            return;
        if (images.Value is { ValueKind: JsonValueKind.Array } existing && existing.GetArrayLength() > 0)
            return;
        if (document.EdgesInto(node.Id, "collection").Any())
            return;
        images.Value = values;
        collection.Value = JsonValues.Write(static w => { w.WriteStartArray(); w.WriteEndArray(); });
    }

    /// <summary>
    /// The value the UI gives a new input (<c>buildFieldInputInstance</c>): the template default (the schema's
    /// <c>default</c>), <c>auto</c> for a board. Inputs the UI types as connection-only (<c>Any</c> items) get none.
    /// </summary>
    /// <remarks>
    /// For a field whose schema default is <c>null</c> or absent, the UI's template falls back to a value of its field
    /// type (0, <c>""</c>, <see langword="false"/>, the first enum option, …); those inputs are left unset here, so the
    /// server's default applies instead.
    /// </remarks>
    public static JsonElement? UiTemplateDefault(InputDescriptor field)
    {
        if (IsBoard(field))
            return JsonValues.String("auto");
        if (field.Default is not { } value || field.WireType.Contains("Any", StringComparison.Ordinal))
            return null;
        return JsonValues.Write(w => field.Codec.WriteBoxed(w, value));
    }

    public static bool IsBoard(InputDescriptor field) =>
        field.WireType is "BoardField" or "BoardField|None";
}
