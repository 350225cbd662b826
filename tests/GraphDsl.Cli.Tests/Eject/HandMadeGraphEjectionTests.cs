using GraphDsl.Cli.Eject;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>The ejector on graphs made to need its fallbacks and its care with literals and names.</summary>
public sealed class HandMadeGraphEjectionTests
{
    [Fact]
    public void Corner_cases_compile_without_warnings_and_build_the_same_graph()
    {
        var expected = Graph.FromJson(HandMadeGraphs.Corners, EjectFixtures.Catalog614);
        var request = new EjectRequest(expected.ToJson(), HandMadeGraphs.CornerLabels, HandMadeGraphs.CornerInputs, "corners & <edges>", "Line one.\nLine <two>.");

        var result = EjectRoundTrip.Eject(request);
        var graph = EjectRoundTrip.Build(EjectRoundTrip.Compile(result), result, expected);

        EjectRoundTrip.AssertSameGraph(expected, graph, result);
    }

    [Fact]
    public void Typed_iterate_and_collect_keep_the_item_type_and_only_untypable_constructs_fall_back()
    {
        var expected = Graph.FromJson(HandMadeGraphs.Corners, EjectFixtures.Catalog614);
        var request = new EjectRequest(expected.ToJson(), HandMadeGraphs.CornerLabels, HandMadeGraphs.CornerInputs, "corners", null);

        var result = EjectRoundTrip.Eject(request);

        Assert.Contains("var classNode = g.Iterate(pathNode.Out.Collection, id: \"each\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("var add = g.Add(new AddInvocation { A = classNode.Item, B = 10, IsIntermediate = true }, id: \"plus\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("g.Collect(\"gather\", add.Out.Value);", result.Source, StringComparison.Ordinal);
        Assert.Contains("Item = pathNode.Out.Collection,", result.Source, StringComparison.Ordinal);
        Assert.Contains("g.Connect(pathNode2.Out.Collection, collect2, \"item\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("collect2.SetFromJson(\"collection\", JsonElement.Parse(\"[]\"));", result.Source, StringComparison.Ordinal);
        Assert.Contains("var cogview4ModelLoader = g.Add(new CogView4ModelLoaderInvocation { Model = default! }, id: \"loader\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("g.Connect(modelIdentifier.Out.Model, cogview4ModelLoader, \"model\");", result.Source, StringComparison.Ordinal);
        Assert.Equal(
            [
                "node 'lists' (collect): a literal on the edge-only input 'collection': set as JSON",
                "node 'lists' (collect): a second edge into 'item' (from 'more.collection'): by g.Connect",
                "node 'loader' (cogview4_model_loader): an edge into the literal-only input 'model' (from 'model.model'): by g.Connect",
            ],
            result.Notes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parameter_and_variable_names_avoid_keywords_and_each_other()
    {
        var expected = Graph.FromJson(HandMadeGraphs.Corners, EjectFixtures.Catalog614);
        var request = new EjectRequest(expected.ToJson(), HandMadeGraphs.CornerLabels, HandMadeGraphs.CornerInputs, "corners", null);

        var result = EjectRoundTrip.Eject(request);

        Assert.Equal(["stringValue", "path", "integerValue", "floatValue"], result.Parameters.Select(p => p.Name));
        Assert.Contains("g.Add(new StringInvocation { Value = stringValue }, id: \"text\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("g.Add(new FloatInvocation { Value = floatValue }, id: \"tenth\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("var pathNode = g.Add(new RangeInvocation", result.Source, StringComparison.Ordinal);
        Assert.Contains("var pathNode2 = g.Add(new RangeInvocation", result.Source, StringComparison.Ordinal);
        Assert.Contains("var classNode = ", result.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_type_the_bindings_lack_is_an_untyped_invocation_and_the_graph_fails_as_the_original_does()
    {
        var original = Graph.FromJson(HandMadeGraphs.Unknown, EjectFixtures.Catalog614);
        var request = new EjectRequest(original.ToJson(), new Dictionary<string, string>(), [], "unknown", null);

        var result = EjectRoundTrip.Eject(request);
        var build = EjectRoundTrip.Compile(result);
        var failure = Assert.Throws<System.Reflection.TargetInvocationException>(() => build.Invoke(null, [null]));

        Assert.Contains("g.Add(new UntypedInvocation(\"my_custom_node\"), id: \"mystery\");", result.Source, StringComparison.Ordinal);
        Assert.Contains("myCustomNode.Set(\"strength\", JsonElement.Parse(\"0.5\"));", result.Source, StringComparison.Ordinal);
        Assert.Contains("g.Connect(integer.Out.Value, myCustomNode, \"count\");", result.Source, StringComparison.Ordinal);
        var problems = Assert.IsType<GraphValidationException>(failure.InnerException).Problems;
        Assert.Equal(original.GetProblems().Select(p => p.ToString()), problems.Select(p => p.ToString()));
    }
}
