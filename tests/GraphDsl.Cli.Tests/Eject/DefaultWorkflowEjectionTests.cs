using GraphDsl.Workflows;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>
/// Every default workflow, ejected to C#, compiled against the 6.14 bindings and built: the graph is the converter's.
/// </summary>
public sealed class DefaultWorkflowEjectionTests
{
    public static TheoryData<string> Workflows() => new(DefaultWorkflows.Names());

    [Fact]
    public void All_21_default_workflows_are_here()
    {
        Assert.Equal(21, DefaultWorkflows.Names().Count);
        Assert.Subset(DefaultWorkflows.Names().ToHashSet(StringComparer.Ordinal), DefaultWorkflows.Unconvertible.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_ejected_code_compiles_without_warnings_and_builds_the_converters_graph(string name)
    {
        if (DefaultWorkflows.Unconvertible.Contains(name))
        {
            var refused = Assert.Throws<WorkflowException>(() => DefaultWorkflows.Load(name).ToGraph());
            Assert.Contains("Unknown node type 'canny_image_processor'", refused.Message, StringComparison.Ordinal);
            return;
        }
        var (converted, request) = DefaultWorkflows.Convert(name);
        var result = EjectRoundTrip.Eject(request);

        var build = EjectRoundTrip.Compile(result);
        var graph = EjectRoundTrip.Build(build, result, converted.Graph);

        EjectRoundTrip.AssertSameGraph(converted.Graph, graph, result);
        Assert.Empty(result.Notes);
    }
}
