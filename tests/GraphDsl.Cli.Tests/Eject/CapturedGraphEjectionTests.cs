using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>The graphs of real queue items captured from InvokeAI, ejected to C#, compiled and built again.</summary>
public sealed class CapturedGraphEjectionTests
{
    [Theory]
    [InlineData("call-wf-sdxl-text-to-image")]
    [InlineData("call-wf-flux-image-to-image")]
    public void The_ejected_code_compiles_without_warnings_and_builds_the_captured_graph(string name)
    {
        var (request, expected) = EjectFixtures.Captured(name);
        var result = EjectRoundTrip.Eject(request);

        var build = EjectRoundTrip.Compile(result);
        var graph = EjectRoundTrip.Build(build, result, expected);

        EjectRoundTrip.AssertSameGraph(expected, graph, result);
    }
}
