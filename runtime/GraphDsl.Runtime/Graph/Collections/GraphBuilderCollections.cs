namespace GraphDsl;

/// <summary>
/// Typed <c>iterate</c> and <c>collect</c>. The schema types both as <c>Any</c>; these keep the item type, so
/// <c>Iterate</c> turns a <c>Port&lt;IReadOnlyList&lt;T&gt;&gt;</c> into a <c>Port&lt;T&gt;</c> and <c>Collect</c> the other way round.
/// </summary>
public static class GraphBuilderCollections
{
    /// <summary>Adds an <c>iterate</c> node over <paramref name="collection"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="builder">The graph.</param>
    /// <param name="collection">A list output.</param>
    /// <param name="id">The node id; generated when omitted.</param>
    public static IterateNode<T> Iterate<T>(this GraphBuilder builder, Port<IReadOnlyList<T>> collection, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(collection);
        var node = builder.Add(new UntypedInvocation(BuiltInNodes.Iterate), id);
        builder.Connect(collection, node, "collection");
        return new IterateNode<T>(node);
    }

    /// <summary>Adds a <c>collect</c> node gathering <paramref name="items"/>, in order, into one list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="builder">The graph.</param>
    /// <param name="items">The outputs to collect; under an <c>iterate</c>, one output collects every iteration.</param>
    public static CollectNode<T> Collect<T>(this GraphBuilder builder, params Port<T>[] items) => Collect(builder, null, items);

    /// <summary>Adds a <c>collect</c> node with id <paramref name="id"/> gathering <paramref name="items"/> into one list.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="builder">The graph.</param>
    /// <param name="id">The node id; generated when null.</param>
    /// <param name="items">The outputs to collect.</param>
    public static CollectNode<T> Collect<T>(this GraphBuilder builder, string? id, params Port<T>[] items)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Length == 0)
            throw new ArgumentException("A collect node needs at least one item.", nameof(items));
        var node = builder.Add(new UntypedInvocation(BuiltInNodes.Collect), id);
        foreach (var item in items)
            builder.Connect(item ?? throw new ArgumentException("An item is null.", nameof(items)), node, "item");
        return new CollectNode<T>(node);
    }
}
