using System.Collections.Generic;

namespace GraphDsl.Emulator.Nodes;

/// <summary>The node implementations by wire type; every other type gets the <see cref="PlaceholderNode"/>.</summary>
internal sealed class NodeRegistry
{
    private readonly Dictionary<string, INodeImplementation> _nodes = [];
    private readonly PlaceholderNode _placeholder = new();

    private NodeRegistry()
    {
    }

    /// <summary>The wire types computed as InvokeAI does (the rest are placeholders).</summary>
    public IReadOnlyCollection<string> ImplementedTypes => _nodes.Keys;

    /// <summary>Math, strings, primitives, collections, iterate/collect/if.</summary>
    public static NodeRegistry CreateDefault()
    {
        var registry = new NodeRegistry();
        MathNodes.Register(registry._nodes);
        StringNodes.Register(registry._nodes);
        PrimitiveNodes.Register(registry._nodes);
        CollectionNodes.Register(registry._nodes);
        GraphNodes.Register(registry._nodes);
        return registry;
    }

    public INodeImplementation Resolve(string type) => _nodes.TryGetValue(type, out var node) ? node : _placeholder;
}
