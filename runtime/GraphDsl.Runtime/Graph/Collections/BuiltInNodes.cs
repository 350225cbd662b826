using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>The descriptors of the server's <c>iterate</c> and <c>collect</c> nodes, which every schema has and types as <c>Any</c>.</summary>
public static class BuiltInNodes
{
    /// <summary>The <c>iterate</c> node: runs what follows once per item of <c>collection</c>.</summary>
    public static NodeDescriptor Iterate { get; } = new(
        "iterate",
        "1.1.0",
        "iterate_output",
        [new OutputFieldDescriptor("item", "Any"), new OutputFieldDescriptor("index", "int"), new OutputFieldDescriptor("total", "int")],
        [
            new InputDescriptor("collection", "Collection", InputKind.Any, "list[Any]", WireCodecs.Any),
            new InputDescriptor("index", "Index", InputKind.Any, "int", WireCodecs.Integer),
        ])
    {
        Title = "Iterate",
        UseCacheDefault = false,
        NodePack = "invokeai",
    };

    /// <summary>The <c>collect</c> node: gathers the items of its <c>item</c> edges (and an optional <c>collection</c>) into a list.</summary>
    public static NodeDescriptor Collect { get; } = new(
        "collect",
        "1.1.0",
        "collect_output",
        [new OutputFieldDescriptor("collection", "list[Any]")],
        [
            new InputDescriptor("item", "Item", InputKind.Connection, "Any|None", WireCodecs.Any),
            new InputDescriptor("collection", "Collection", InputKind.Connection, "list[Any]", WireCodecs.Any),
        ])
    {
        Title = "Collect",
        UseCacheDefault = false,
        NodePack = "invokeai",
    };
}
