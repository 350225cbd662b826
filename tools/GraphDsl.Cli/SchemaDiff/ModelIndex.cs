using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>One schema's model, indexed the way a comparison looks things up.</summary>
internal sealed class ModelIndex
{
    private readonly Dictionary<string, OutputSpec> _outputsByClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="model"/>.</summary>
    public ModelIndex(GenerationModel model)
    {
        Model = model;
        foreach (var node in model.Nodes)
            Nodes.TryAdd(node.WireType, node);
        foreach (var output in model.Outputs)
        {
            Outputs.TryAdd(output.WireType, output);
            _outputsByClass.TryAdd($"global::{model.Namespace}.{output.ClassName}", output);
        }
        foreach (var spec in model.Objects)
            Objects.TryAdd(spec.SchemaName, spec);
        foreach (var spec in model.Enums)
            _enums.TryAdd(spec.Name, spec);
    }

    /// <summary>The model.</summary>
    public GenerationModel Model { get; }

    /// <summary>Nodes by wire type (the first, should a schema repeat one).</summary>
    public Dictionary<string, NodeSpec> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Outputs by wire type.</summary>
    public Dictionary<string, OutputSpec> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Schema objects by schema name.</summary>
    public Dictionary<string, ObjectSpec> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>The wire type of the output a node returns (<c>image_output</c>), or the class name when it is not a generated output.</summary>
    public string OutputWireType(NodeSpec node)
    {
        if (_outputsByClass.TryGetValue(node.OutputClassName, out var output))
            return output.WireType;
        var name = node.OutputClassName;
        return name.Substring(name.LastIndexOf('.') + 1);
    }

    /// <summary>The wire values of an enum item, in declaration order; empty when the item is not a known enum.</summary>
    public IReadOnlyList<string> EnumValues(ItemType? item) =>
        item is { Kind: ItemKind.Enum } && _enums.TryGetValue(item.Name, out var spec)
            ? spec.Members.Select(m => m.Wire).ToList()
            : [];
}
