using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// An input a saved workflow exposes (a <c>node-field</c> of its form, else an entry of its legacy
/// <c>exposedFields</c>), settable with <see cref="Workflow.Set(string, string)"/> and its overloads.
/// </summary>
/// <param name="Name">
/// How to name it: the field's label when it has one, else <c>nodeId.fieldName</c>. (InvokeAI's form shows the label,
/// else the field's schema title, which a node catalog does not carry; titles repeat across nodes, ids do not.)
/// </param>
/// <param name="NodeId">The node id.</param>
/// <param name="FieldName">The field's wire name.</param>
/// <param name="NodeLabel">The node's label, or <see langword="null"/> when it has none.</param>
/// <param name="Label">The field's label, or <see langword="null"/> when it has none.</param>
/// <param name="NodeType">The node's wire type.</param>
/// <param name="Descriptor">The schema's description of the field; <see langword="null"/> when the catalog does not know it.</param>
/// <param name="Value">The current value; <see langword="null"/> when unset (the UI's <c>undefined</c>).</param>
public sealed record WorkflowInput(
    string Name,
    string NodeId,
    string FieldName,
    string? NodeLabel,
    string? Label,
    string? NodeType,
    InputDescriptor? Descriptor,
    JsonElement? Value)
{
    /// <summary><c>nodeId.fieldName</c>, which always names the input.</summary>
    public string Path => $"{NodeId}.{FieldName}";

    /// <inheritdoc/>
    public override string ToString() =>
        $"'{Name}'{(Name == Path ? "" : $" ({Path})")}{(Descriptor is null ? "" : $": {Descriptor.WireType}")}";
}
