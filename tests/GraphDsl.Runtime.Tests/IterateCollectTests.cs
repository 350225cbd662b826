using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests;

/// <summary>Typed <c>iterate</c> and <c>collect</c>: the item type flows from the list to the item and back.</summary>
public sealed class IterateCollectTests
{
    [Fact]
    public void Iterate_types_the_item_and_collect_types_the_list()
    {
        var g = new GraphBuilder("g");
        var range = g.Add(new RangeInvocation { Start = 0, Stop = 5, Step = 1 }, id: "range");
        var each = g.Iterate(range.Out.Collection, id: "each");
        Port<long> item = each.Item;
        var plusOne = g.Add(new AddInvocation { A = item, B = 1 }, id: "plus-one");
        var all = g.Collect("all", plusOne.Out.Value);
        Port<IReadOnlyList<long>> list = all.Collection;
        g.Add(new IntegerCollectionInvocation { Collection = list }, id: "result");

        var graph = g.Build();
        var json = JsonNode.Parse(graph.ToJson())!;

        Assert.Equal(
            ["range.collection -> each.collection", "each.item -> plus-one.a", "plus-one.value -> all.item", "all.collection -> result.collection"],
            graph.Edges.Select(e => e.ToString()).OrderBy(e => e.StartsWith("range", StringComparison.Ordinal) ? 0 : e.StartsWith("each", StringComparison.Ordinal) ? 1 : e.StartsWith("plus", StringComparison.Ordinal) ? 2 : 3));
        Assert.Equal("iterate", (string?)json["nodes"]!["each"]!["type"]);
        Assert.Equal("collect", (string?)json["nodes"]!["all"]!["type"]);
        Assert.False((bool)json["nodes"]!["all"]!["use_cache"]!);
        Assert.Empty(graph.GetProblems());
    }

    [Fact]
    public void Collect_takes_several_items_as_several_edges_into_item()
    {
        var g = new GraphBuilder("g");
        var a = g.Add(new IntegerInvocation { Value = 1 }, id: "a");
        var b = g.Add(new IntegerInvocation { Value = 2 }, id: "b");
        var both = g.Collect(a.Out.Value, b.Out.Value);
        g.Add(new IntegerCollectionInvocation { Collection = both.Collection }, id: "result");

        var graph = g.Build();

        Assert.Equal(2, graph.Edges.Count(e => e.Destination == new EdgeConnection(both.Node.Id!, "item")));
        Assert.Equal("collect-1", both.Node.Id);
    }

    [Fact]
    public void Collect_needs_an_item_and_connect_needs_a_node_of_the_graph()
    {
        var g = new GraphBuilder();
        Assert.Throws<ArgumentException>(() => g.Collect<long>());
        var outside = new AddInvocation();
        Assert.Throws<ArgumentException>(() => g.Connect(outside.Out.Value, new AddInvocation(), "a"));
    }
}
