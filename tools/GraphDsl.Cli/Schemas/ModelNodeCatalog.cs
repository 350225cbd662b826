using System.Collections.Frozen;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Model;
using GraphDsl.Serialization;

namespace GraphDsl.Cli.Schemas;

/// <summary>
/// The node types of a schema read at run time, as an <see cref="INodeCatalog"/>: the same descriptors the generated
/// code carries (one descriptor writer, two hosts), with nodes created as <see cref="UntypedInvocation"/>s.
/// </summary>
internal sealed class ModelNodeCatalog : INodeCatalog
{
    private readonly FrozenDictionary<string, NodeDescriptor> _nodes;

    private ModelNodeCatalog(FrozenDictionary<string, NodeDescriptor> nodes) => _nodes = nodes;

    /// <summary>The catalog of <paramref name="model"/>'s nodes (the first of two with one wire type, as the generated catalog does).</summary>
    public static ModelNodeCatalog Create(GenerationModel model)
    {
        var outputs = model.Outputs.ToDictionary(o => $"global::{model.Namespace}.{o.ClassName}", StringComparer.Ordinal); // as NodeSpec.OutputClassName names them
        var codecs = new Dictionary<string, IWireCodec>(StringComparer.Ordinal);
        foreach (var spec in model.Enums)
            codecs[spec.Name] = new EnumValueCodec(spec.Members.Select(m => m.Wire).ToList(), spec.IsInteger);
        foreach (var spec in model.Objects)
            codecs[spec.ClassName] = ObjectValueCodec.Instance;

        var writer = new DescriptorJson();
        var nodes = new Dictionary<string, NodeDescriptor>(StringComparer.Ordinal);
        foreach (var node in model.Nodes)
        {
            if (nodes.ContainsKey(node.WireType))
                continue;
            outputs.TryGetValue(node.OutputClassName, out var output);
            var fields = output?.Fields.Select(f => new OutputFieldDescriptor(f.WireName, f.Type.WireText)).ToList() ?? [];
            nodes[node.WireType] = NodeDescriptor.FromJson(writer.Write(node), output?.WireType ?? "", fields, name => codecs.GetValueOrDefault(name));
        }

        return new ModelNodeCatalog(nodes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The number of node types.</summary>
    public int Count => _nodes.Count;

    /// <inheritdoc />
    public NodeDescriptor? Find(string type) => _nodes.GetValueOrDefault(type);

    /// <inheritdoc />
    public Invocation? Create(string type) => Find(type) is { } descriptor ? new UntypedInvocation(descriptor) : null;
}
