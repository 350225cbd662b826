using System.Diagnostics;

namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>Validation stays linear and iterative: long chains, long cycles and long collector chains neither overflow the stack nor crawl.</summary>
public sealed class LargeGraphValidationTests
{
    private const int Large = 100_000;

    [Fact]
    public void A_long_chain_is_valid()
    {
        var graph = Chain(Large, closeCycle: false);
        var watch = Stopwatch.StartNew();

        Assert.Empty(graph.GetProblems());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{Large} nodes took {watch.Elapsed}");
    }

    [Fact]
    public void A_long_cycle_is_one_problem_naming_a_node_on_it()
    {
        var graph = Chain(Large, closeCycle: true);

        var problem = Assert.Single(graph.GetProblems());

        Assert.Equal("n0", problem.NodeId);
        Assert.StartsWith("Graph contains cycles (n0 -> n1 -> ", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"({Large - 8} more) -> n0)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_cycles_are_two_problems()
    {
        var g = new GraphBuilder("g");
        for (var i = 0; i < 5; i++)
            g.Add(new UntypedInvocation(AddInvocation.Definition), id: $"n{i}");
        var graph = new Graph("g", g.Nodes,
        [
            E("n0", "value", "n1", "a"), E("n1", "value", "n0", "a"),
            E("n1", "value", "n2", "a"),
            E("n2", "value", "n3", "a"), E("n3", "value", "n4", "a"), E("n4", "value", "n2", "b"),
        ]);

        var problems = graph.GetProblems();

        Assert.Equal(["Graph contains cycles (n0 -> n1 -> n0)", "Graph contains cycles (n2 -> n3 -> n4 -> n2)"], problems.Select(p => p.Message));
    }

    [Fact]
    public void A_long_chain_of_collectors_resolves_each_once()
    {
        var count = Large / 10;
        var g = new GraphBuilder("g");
        g.Add(new UntypedInvocation(IntegerInvocation.Definition), id: "int");
        for (var i = 0; i < count; i++)
            g.Add(new UntypedInvocation(CollectInvocation.Definition), id: $"c{i}");
        g.Add(new UntypedInvocation(IterateInvocation.Definition), id: "it");
        g.Add(new UntypedInvocation(AddInvocation.Definition), id: "add");
        g.Add(new UntypedInvocation(ColorInvocation.Definition), id: "color");
        var edges = new List<Edge> { E("int", "value", "c0", "item") };
        for (var i = 1; i < count; i++)
            edges.Add(E($"c{i - 1}", "collection", $"c{i}", "collection"));
        edges.Add(E($"c{count - 1}", "collection", "it", "collection"));
        edges.Add(E("it", "item", "add", "a"));
        var valid = new Graph("g", g.Nodes, edges);
        var watch = Stopwatch.StartNew();

        Assert.Empty(valid.GetProblems());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{count} collectors took {watch.Elapsed}");
        edges.Add(E("it", "item", "color", "color"));
        var problem = Assert.Single(new Graph("g", g.Nodes, edges).GetProblems());
        Assert.Equal("Invalid iterator node (it): Iterator collection type must match all iterator output types (it.item -> color.color: the collector gathers int, which cannot go into ColorField)", problem.Message);
    }

    [Fact]
    public void Wide_fan_in_and_fan_out_stay_linear()
    {
        var g = new GraphBuilder("g");
        g.Add(new UntypedInvocation(IntegerInvocation.Definition), id: "src");
        g.Add(new UntypedInvocation(CollectInvocation.Definition), id: "col");
        for (var i = 0; i < Large; i++)
            g.Add(new UntypedInvocation(AddInvocation.Definition), id: $"n{i}");
        var edges = new List<Edge>(2 * Large);
        for (var i = 0; i < Large; i++)
        {
            edges.Add(E("src", "value", $"n{i}", "a"));
            edges.Add(E($"n{i}", "value", "col", "item"));
        }
        var graph = new Graph("g", g.Nodes, edges);
        var watch = Stopwatch.StartNew();

        Assert.Empty(graph.GetProblems());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    private static Graph Chain(int count, bool closeCycle)
    {
        var g = new GraphBuilder("g");
        for (var i = 0; i < count; i++)
            g.Add(new UntypedInvocation(AddInvocation.Definition), id: $"n{i}");
        var edges = new List<Edge>(count);
        for (var i = 1; i < count; i++)
            edges.Add(E($"n{i - 1}", "value", $"n{i}", "a"));
        if (closeCycle)
            edges.Add(E($"n{count - 1}", "value", "n0", "a"));
        return new Graph("g", g.Nodes, edges);
    }

    private static Edge E(string source, string sourceField, string destination, string destinationField) =>
        new(new EdgeConnection(source, sourceField), new EdgeConnection(destination, destinationField));
}
