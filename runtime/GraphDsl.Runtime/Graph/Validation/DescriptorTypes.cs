using System.Runtime.CompilerServices;

namespace GraphDsl.Validation;

/// <summary>The parsed <see cref="WireType"/>s of one node type's fields, computed once per descriptor.</summary>
internal sealed class DescriptorTypes
{
    private static readonly ConditionalWeakTable<NodeDescriptor, DescriptorTypes> Cache = new();

    private readonly (string Name, WireType? Type)[] _outputs;

    private DescriptorTypes(NodeDescriptor descriptor)
    {
        Inputs = new WireType?[descriptor.Inputs.Count];
        for (var i = 0; i < Inputs.Length; i++)
            Inputs[i] = WireType.TryParse(descriptor.Inputs[i].WireType, out var type) ? type : null;
        _outputs = new (string, WireType?)[descriptor.Outputs.Count];
        for (var i = 0; i < _outputs.Length; i++)
        {
            var output = descriptor.Outputs[i];
            _outputs[i] = (output.Name, WireType.TryParse(output.WireType, out var type) ? type : null);
        }
    }

    /// <summary>The type of each input, in the descriptor's order; <see langword="null"/> where the notation could not be read.</summary>
    public WireType?[] Inputs { get; }

    public static DescriptorTypes Of(NodeDescriptor descriptor) => Cache.GetValue(descriptor, static d => new DescriptorTypes(d));

    /// <summary>Finds an output field: whether it exists, and its type (<see langword="null"/> where the notation could not be read).</summary>
    public bool TryGetOutput(string name, out WireType? type)
    {
        foreach (var (outputName, outputType) in _outputs)
        {
            if (outputName == name)
            {
                type = outputType;
                return true;
            }
        }
        type = null;
        return false;
    }
}
