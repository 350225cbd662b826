namespace GraphDsl;

/// <summary>An <c>iterate</c> node over a list of <typeparamref name="T"/>: what its item feeds runs once per item.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class IterateNode<T>
{
    internal IterateNode(UntypedInvocation node)
    {
        Node = node;
        Item = new Port<T>(node, "item", "Any");
        Index = new Port<long>(node, "index", "int");
        Total = new Port<long>(node, "total", "int");
    }

    /// <summary>The <c>iterate</c> node in the graph.</summary>
    public UntypedInvocation Node { get; }

    /// <summary>The current item.</summary>
    public Port<T> Item { get; }

    /// <summary>The current item's position, from 0.</summary>
    public Port<long> Index { get; }

    /// <summary>The number of items.</summary>
    public Port<long> Total { get; }
}
