using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>One saved input of a workflow node (<c>data.inputs[name]</c>).</summary>
internal sealed class WfInput
{
    public WfInput(string name, string label, JsonElement? value)
    {
        Name = name;
        Label = label;
        Value = value;
    }

    /// <summary>The field name (the key in <c>inputs</c>).</summary>
    public string Name { get; }

    /// <summary>The label given in the editor; empty when none.</summary>
    public string Label { get; }

    /// <summary>The value; <see langword="null"/> when absent (the UI's <c>undefined</c>).</summary>
    public JsonElement? Value { get; set; }
}
