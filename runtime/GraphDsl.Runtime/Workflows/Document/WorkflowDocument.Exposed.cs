using System.Text.Json;

namespace GraphDsl.Workflows;

internal sealed partial class WorkflowDocument
{
    /// <summary>
    /// The exposed fields as the UI lists them: the form's <c>node-field</c> elements in tree order from the root; when
    /// the form is empty, the legacy <c>exposedFields</c> in their order (those whose node and field template exist).
    /// A form field whose node input does not exist is removed, as the UI removes it (listed in <see cref="Drops"/>).
    /// </summary>
    private void ReadExposedFields()
    {
        var fromForm = FormFields();
        IEnumerable<(string NodeId, string Field)> fields = fromForm;
        var fromExposed = fromForm.Count == 0;
        if (fromExposed)
            fields = LegacyExposedFields();
        var seen = new HashSet<(string, string)>();
        foreach (var (nodeId, fieldName) in fields)
        {
            var node = Find(nodeId);
            var field = fieldName;
            if (node is not null && node.Type == WorkflowNodeTypes.ImageCollection && field == "collection" && node.FindInput("images") is not null)
                field = "images"; // getUpdatedFieldName
            if (node is null || !node.IsInvocation || node.FindInput(field) is not { } input)
            {
                if (!fromExposed)
                {
                    Drops.Add(new WorkflowDrop(node?.Id ?? nodeId, node?.DisplayName, $"form field {nodeId}.{fieldName}",
                        "the node field it shows does not exist; the UI removes such form elements"));
                }
                continue;
            }
            if (fromExposed && (node.Descriptor is null || (node.FindTemplate(field) is null && !node.DynamicInputs.Contains(field))))
                continue;
            if (seen.Add((node.Id, field)))
                Exposed.Add((node, field, input.Label));
        }
    }

    private List<(string NodeId, string Field)> FormFields()
    {
        var result = new List<(string, string)>();
        if (!Root.TryGetProperty("form", out var form) || form.ValueKind != JsonValueKind.Object
            || !form.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Object)
            return result;
        var rootId = JsonValues.StringProperty(form, "rootElementId") ?? "root";
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(rootId);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!visited.Add(id) || !elements.TryGetProperty(id, out var element) || element.ValueKind != JsonValueKind.Object)
                continue;
            var type = JsonValues.StringProperty(element, "type");
            if (!element.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                continue;
            if (type == "node-field" && data.TryGetProperty("fieldIdentifier", out var identifier)
                && JsonValues.StringProperty(identifier, "nodeId") is { } nodeId && JsonValues.StringProperty(identifier, "fieldName") is { } fieldName)
            {
                result.Add((nodeId, fieldName));
            }
            else if (type == "container" && data.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray().Reverse())
                {
                    if (JsonValues.AsString(child) is { } childId)
                        stack.Push(childId);
                }
            }
        }
        return result;
    }

    private IEnumerable<(string NodeId, string Field)> LegacyExposedFields()
    {
        if (!Root.TryGetProperty("exposedFields", out var exposed) || exposed.ValueKind != JsonValueKind.Array)
            yield break;
        foreach (var field in exposed.EnumerateArray())
        {
            if (JsonValues.StringProperty(field, "nodeId") is { } nodeId && JsonValues.StringProperty(field, "fieldName") is { } fieldName)
                yield return (nodeId, fieldName);
        }
    }
}
