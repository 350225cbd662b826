using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>One saved node of a workflow, read leniently; the conversion works on a copy of its inputs.</summary>
internal sealed class WfNode
{
    private readonly Dictionary<string, WfInput> _byName = new(StringComparer.Ordinal);

    public WfNode(int index, string id, WorkflowNodeKind kind, string? type, string? label, string? version, NodeDescriptor? descriptor)
    {
        Index = index;
        Id = id;
        Kind = kind;
        Type = type;
        Label = label;
        Version = version;
        Descriptor = descriptor;
    }

    public int Index { get; }

    public string Id { get; }

    public WorkflowNodeKind Kind { get; }

    public string? Type { get; }

    /// <summary>The node's label; <see langword="null"/> when empty.</summary>
    public string? Label { get; }

    public string? Version { get; set; }

    public NodeDescriptor? Descriptor { get; }

    public bool? IsIntermediate { get; init; }

    public bool? UseCache { get; init; }

    /// <summary>The names of the node's dynamic input templates (<c>data.dynamicInputTemplates</c>).</summary>
    public IReadOnlySet<string> DynamicInputs { get; init; } = new HashSet<string>();

    /// <summary>The saved inputs, in their saved order.</summary>
    public List<WfInput> Inputs { get; } = [];

    /// <summary>How the node is named in messages: its label, else its type.</summary>
    public string DisplayName => Label ?? Type ?? Kind.ToString().ToLowerInvariant();

    /// <summary>Whether the node is executed: an invocation that is neither a batch nor a generator node.</summary>
    public bool IsExecutable => Kind == WorkflowNodeKind.Invocation;

    /// <summary>Whether the node is an invocation of any kind (executable, batch or generator).</summary>
    public bool IsInvocation => Kind is WorkflowNodeKind.Invocation or WorkflowNodeKind.Batch or WorkflowNodeKind.Generator;

    public WfInput? FindInput(string name) => _byName.GetValueOrDefault(name);

    public void AddInput(WfInput input)
    {
        if (_byName.TryAdd(input.Name, input))
            Inputs.Add(input);
    }

    public void RemoveInput(string name)
    {
        if (_byName.Remove(name, out var input))
            Inputs.Remove(input);
    }

    /// <summary>The template of input <paramref name="name"/>: the schema's, when the node's type is known.</summary>
    public InputDescriptor? FindTemplate(string name) =>
        Descriptor is { } d && d.TryGetInput(name, out var i) ? d.Inputs[i] : null;

    public WorkflowProblem Problem(string? field, string message) => new(Id, DisplayName, field, message);

    public WorkflowDrop Drop(string what, string reason) => new(Id, DisplayName, what, reason);

    public WorkflowNode ToPublic() => new(Id, Kind, Type, Label, Version, Descriptor);

    /// <summary>The input's value, when it is set.</summary>
    public JsonElement? ValueOf(string name) => FindInput(name)?.Value;
}
