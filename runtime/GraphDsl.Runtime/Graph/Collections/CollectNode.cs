namespace GraphDsl;

/// <summary>A <c>collect</c> node gathering <typeparamref name="T"/> items into a list.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class CollectNode<T>
{
    internal CollectNode(UntypedInvocation node)
    {
        Node = node;
        Collection = new Port<IReadOnlyList<T>>(node, "collection", "list[Any]");
    }

    /// <summary>The <c>collect</c> node in the graph.</summary>
    public UntypedInvocation Node { get; }

    /// <summary>The collected list.</summary>
    public Port<IReadOnlyList<T>> Collection { get; }
}
