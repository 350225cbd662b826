using System.Collections.Frozen;

namespace GraphDsl;

/// <summary>What the schema says of one node type: its wire type, version, inputs and output.</summary>
public sealed partial class NodeDescriptor
{
    private readonly FrozenDictionary<string, int> _inputIndex;

    /// <summary>Creates a descriptor (generated code calls this once per node type).</summary>
    /// <param name="type">The wire discriminator, <c>properties.type.const</c>.</param>
    /// <param name="version">The node's semver version.</param>
    /// <param name="outputType">The wire <c>type</c> of the node's output, e.g. <c>integer_output</c>.</param>
    /// <param name="outputs">The output fields.</param>
    /// <param name="inputs">The input fields, in the order of the generated properties.</param>
    public NodeDescriptor(string type, string version, string outputType, IReadOnlyList<OutputFieldDescriptor> outputs, IReadOnlyList<InputDescriptor> inputs)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(inputs);
        Type = type;
        Version = version ?? "";
        OutputType = outputType ?? "";
        Outputs = outputs;
        Inputs = inputs;
        _inputIndex = inputs.Select((input, index) => KeyValuePair.Create(input.Name, index)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The wire discriminator, e.g. <c>add</c>.</summary>
    public string Type { get; }

    /// <summary>The node's version, e.g. <c>1.0.1</c>.</summary>
    public string Version { get; }

    /// <summary>The UI title, e.g. <c>Add Integers</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The category, e.g. <c>math</c>.</summary>
    public string? Category { get; init; }

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The maturity the server declares.</summary>
    public NodeClassification Classification { get; init; }

    /// <summary>The node pack, <c>invokeai</c> for core nodes.</summary>
    public string? NodePack { get; init; }

    /// <summary>Whether a schema describes this type; <see langword="false"/> for a node of a type nothing knows.</summary>
    public bool IsKnown { get; init; } = true;

    /// <summary>Finds an output field by its wire name.</summary>
    /// <param name="name">The wire name.</param>
    public OutputFieldDescriptor? FindOutput(string name)
    {
        foreach (var output in Outputs)
        {
            if (output.Name == name)
                return output;
        }
        return null;
    }

    /// <summary>The default of <c>use_cache</c>.</summary>
    public bool UseCacheDefault { get; init; } = true;

    /// <summary>The wire <c>type</c> of the node's output.</summary>
    public string OutputType { get; }

    /// <summary>The output fields.</summary>
    public IReadOnlyList<OutputFieldDescriptor> Outputs { get; }

    /// <summary>The input fields (without the node attributes <c>id</c>, <c>type</c>, <c>is_intermediate</c>, <c>use_cache</c>).</summary>
    public IReadOnlyList<InputDescriptor> Inputs { get; }

    /// <summary>Finds an input by its wire name.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="index">The input's position in <see cref="Inputs"/>.</param>
    public bool TryGetInput(string name, out int index) => _inputIndex.TryGetValue(name, out index);
}
