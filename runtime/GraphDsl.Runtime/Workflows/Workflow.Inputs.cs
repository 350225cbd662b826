using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Workflows;

public sealed partial class Workflow
{
    /// <summary>
    /// The inputs the workflow exposes, in the order its form shows them: the form's node fields, else the legacy
    /// <c>exposedFields</c>. Their values are the current ones.
    /// </summary>
    public IReadOnlyList<WorkflowInput> Inputs => [.. _state.Exposed.Select(e => ToInput(e.Node, e.Field, e.Label))];

    /// <summary>The input <paramref name="name"/> names (see <see cref="Set(string, JsonElement)"/> for the names accepted).</summary>
    /// <param name="name">A label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <exception cref="KeyNotFoundException">No input has that name; the message lists the exposed inputs.</exception>
    /// <exception cref="ArgumentException">The name fits several inputs; the message lists them.</exception>
    public WorkflowInput GetInput(string name)
    {
        var (node, field) = Resolve(name);
        return ToInput(node, field, node.FindInput(field)?.Label ?? "");
    }

    /// <summary>Sets an input to a string (a prompt, an enum value, a board's <c>auto</c>/<c>none</c>, …).</summary>
    /// <param name="name">The input's label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <param name="value">The value.</param>
    /// <inheritdoc cref="Set(string, JsonElement)" path="/exception"/>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Set(name, JsonValues.String(value));
    }

    /// <summary>Sets an input to an integer.</summary>
    /// <param name="name">The input's label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <param name="value">The value.</param>
    /// <inheritdoc cref="Set(string, JsonElement)" path="/exception"/>
    public void Set(string name, long value) => Set(name, JsonValues.Number(value));

    /// <summary>Sets an input to a number.</summary>
    /// <param name="name">The input's label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <param name="value">The value.</param>
    /// <inheritdoc cref="Set(string, JsonElement)" path="/exception"/>
    public void Set(string name, double value) => Set(name, JsonValues.Number(value));

    /// <summary>Sets an input to a boolean.</summary>
    /// <param name="name">The input's label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <param name="value">The value.</param>
    /// <inheritdoc cref="Set(string, JsonElement)" path="/exception"/>
    public void Set(string name, bool value) => Set(name, JsonValues.Boolean(value));

    /// <summary>Sets an image input to an uploaded image (<c>{"image_name": …}</c>).</summary>
    /// <param name="name">The input's label, <c>nodeId.fieldName</c>, or <c>nodeLabel.fieldName</c>.</param>
    /// <param name="imageName">The server's image name, e.g. from <c>InvokeClient.UploadImageAsync</c>.</param>
    /// <inheritdoc cref="Set(string, JsonElement)" path="/exception"/>
    public void SetImage(string name, string imageName)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageName);
        Set(name, JsonValues.Write(w => { w.WriteStartObject(); w.WriteString("image_name", imageName); w.WriteEndObject(); }));
    }

    /// <summary>
    /// Sets an input to any JSON value: an object (a model identifier, an image, a board), a list, or <c>null</c> to unset it.
    /// </summary>
    /// <param name="name">
    /// Which input, in this order: an exposed input's <see cref="WorkflowInput.Name"/> or label (exactly, then ignoring
    /// case); <c>nodeId.fieldName</c>, which names any input of any invocation node, exposed or not;
    /// <c>nodeLabel.fieldName</c>; or the label of a node with a single exposed input.
    /// </param>
    /// <param name="value">The value, as the workflow saves it (board inputs also take <c>"auto"</c> and <c>"none"</c>).</param>
    /// <exception cref="KeyNotFoundException">No input has that name; the message lists the exposed inputs.</exception>
    /// <exception cref="ArgumentException">
    /// The name fits several inputs; or the value does not have the field's type (the message names the node, the
    /// field and the expected type); or an edge feeds the input, so a value would be ignored.
    /// </exception>
    public void Set(string name, JsonElement value)
    {
        var (node, field) = Resolve(name);
        if (_state.EdgesInto(node.Id, field).FirstOrDefault() is { } edge)
        {
            throw new ArgumentException(
                $"Input '{name}' (node '{node.Id}' ({node.DisplayName}), field '{field}') is fed by the edge from {edge.Source}.{edge.SourceHandle}; a value would be ignored.",
                nameof(name));
        }
        if (node.FindTemplate(field) is { } template && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            && WorkflowValues.Check(template, value) is { } problem)
        {
            throw new ArgumentException(
                $"Input '{name}' (node '{node.Id}' ({node.DisplayName}), field '{field}') takes {template.WireType}: {problem}", nameof(value));
        }
        Write(node, field, value);
        Refresh();
    }

    private void Write(WfNode node, string field, JsonElement value)
    {
        var data = _document["nodes"]![node.Index]!["data"]!.AsObject();
        if (data["inputs"] is not JsonObject inputs)
            data["inputs"] = inputs = new JsonObject();
        if (inputs[field] is not JsonObject input)
            inputs[field] = input = new JsonObject { ["name"] = field, ["label"] = "", ["description"] = "" };
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            input.Remove("value");
        else
            input["value"] = JsonValues.ToNode(value);
    }

    private WorkflowInput ToInput(WfNode node, string field, string label)
    {
        var name = string.IsNullOrEmpty(label) ? $"{node.Id}.{field}" : label;
        return new WorkflowInput(name, node.Id, field, node.Label, string.IsNullOrEmpty(label) ? null : label, node.Type, node.FindTemplate(field), node.ValueOf(field));
    }

    private (WfNode Node, string Field) Resolve(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var exposed = _state.Exposed;
        var byLabel = exposed.Where(e => e.Label == name).ToList();
        if (byLabel.Count == 0)
            byLabel = [.. exposed.Where(e => string.Equals(e.Label, name, StringComparison.OrdinalIgnoreCase))];
        if (Single(name, byLabel.Select(e => (e.Node, e.Field))) is { } labelled)
            return labelled;
        if (ByPath(name) is { } path)
            return path;
        var byNodeLabel = new List<(WfNode, string)>();
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            var (nodeLabel, field) = (name[..dot], name[(dot + 1)..]);
            byNodeLabel.AddRange(_state.Nodes.Where(n => n.IsInvocation && n.Label == nodeLabel && (n.FindInput(field) is not null || n.FindTemplate(field) is not null))
                .Select(n => (n, field)));
        }
        if (Single(name, byNodeLabel) is { } nodeLabelled)
            return nodeLabelled;
        var lone = exposed.Where(e => e.Node.Label == name).GroupBy(e => e.Node.Id).Where(g => g.Count() == 1).Select(g => (g.First().Node, g.First().Field)).ToList();
        if (Single(name, lone) is { } single)
            return single;
        throw new KeyNotFoundException(
            $"The workflow '{Name}' has no input '{name}'. Its exposed inputs: {(exposed.Count == 0 ? "none" : string.Join(", ", Inputs.Select(i => i.ToString())))}. "
            + "Any input of any node can also be named nodeId.fieldName.");
    }

    private (WfNode, string)? ByPath(string name)
    {
        for (var dot = name.IndexOf('.'); dot > 0; dot = name.IndexOf('.', dot + 1))
        {
            if (_state.Find(name[..dot]) is { IsInvocation: true } node)
            {
                var field = name[(dot + 1)..];
                if (node.FindInput(field) is not null || node.FindTemplate(field) is not null)
                    return (node, field);
            }
        }
        return null;
    }

    private static (WfNode, string)? Single(string name, IEnumerable<(WfNode Node, string Field)> candidates)
    {
        var list = candidates.Distinct().ToList();
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => throw new ArgumentException(
                $"The name '{name}' fits {list.Count} inputs: {string.Join(", ", list.Select(c => $"{c.Node.Id}.{c.Field}"))}; name one as nodeId.fieldName.", nameof(name)),
        };
    }
}
