namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>Runs <see cref="ConformanceCases"/>: each graph, read untyped over <see cref="TestNodeCatalog"/>, must have exactly the expected problems, in order.</summary>
public sealed class GraphValidationConformanceTests
{
    public static TheoryData<string> CaseNames() => new(ConformanceCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case(string name)
    {
        var @case = ConformanceCases.All.Single(c => c.Name == name);
        var graph = Graph.FromJson(@case.Json, TestNodeCatalog.Instance);
        Assert.All(graph.Nodes, node => Assert.IsType<UntypedInvocation>(node));

        var problems = graph.GetProblems();

        var expected = string.Join(Environment.NewLine, @case.Problems.Select(p => $"{p.NodeId} | {p.Field} | …{p.MessageFragment}…"));
        var actual = string.Join(Environment.NewLine, problems.Select(p => $"{p.NodeId} | {p.Field} | {p.Message}"));
        Assert.True(problems.Count == @case.Problems.Length, $"Expected {@case.Problems.Length} problem(s):{Environment.NewLine}{expected}{Environment.NewLine}got {problems.Count}:{Environment.NewLine}{actual}");
        for (var i = 0; i < problems.Count; i++)
        {
            var want = @case.Problems[i];
            var got = problems[i];
            Assert.True(want.NodeId == got.NodeId && want.Field == got.Field && got.Message.Contains(want.MessageFragment, StringComparison.Ordinal),
                $"Problem {i}: expected {want.NodeId} | {want.Field} | …{want.MessageFragment}…{Environment.NewLine}got {got.NodeId} | {got.Field} | {got.Message}{Environment.NewLine}All:{Environment.NewLine}{actual}");
        }

        if (problems.Count == 0)
            graph.Validate();
        else
        {
            var error = Assert.Throws<GraphValidationException>(graph.Validate);
            Assert.Equal(problems, error.Problems);
        }
    }

    [Fact]
    public void Every_case_has_a_distinct_name_that_cites_its_source()
    {
        Assert.Equal(ConformanceCases.All.Count, ConformanceCases.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ConformanceCases.All.Where(c => c.Name.StartsWith("test_", StringComparison.Ordinal)), c => Assert.Matches(@"\((test_node_graph|test_graph_execution_state)\.py:\d+\)$", c.Name));
    }

    [Fact]
    public void A_case_the_server_rejects_has_problems()
    {
        Assert.All(ConformanceCases.All.Where(c => c.Server != "valid"), c => Assert.NotEmpty(c.Problems));
    }
}
