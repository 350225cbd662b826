using System.Text.Json;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>The parameters of an ejected <c>Build</c>: exposed fields with the workflow's values as defaults, and what a caller gives instead.</summary>
public sealed class EjectedParameterTests
{
    private const string TextToImage = "Text to Image - SDXL";
    private const string PositivePromptNode = "ade2c0d3-0384-4157-b39b-29ce429cfa15";
    private const string DecodeNode = "63e91020-83b2-4f35-b174-ad9692aabb48";

    [Fact]
    public void Exposed_fields_are_parameters_named_from_their_labels_with_the_workflows_values_as_defaults()
    {
        var (_, request) = DefaultWorkflows.Convert(TextToImage);

        var result = EjectRoundTrip.Eject(request);

        Assert.Equal(
            ["model", "vae", "positivePrompt", "negativePrompt", "board"],
            result.Parameters.Select(p => p.Name));
        Assert.Equal([true, true, false, false, false], result.Parameters.Select(p => p.IsRequired));
        Assert.Equal(["ModelIdentifierField", "ModelIdentifierField", "string", "string", "BoardField?"], result.Parameters.Select(p => p.Type));
        Assert.Contains("string positivePrompt = \"Super cute tiger cub, fierce, traditional chinese watercolor\",", result.Source, StringComparison.Ordinal);
        Assert.Contains("public static class TextToImageSdxl", result.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_given_for_a_parameter_is_in_the_node_and_nothing_else_changes()
    {
        var (converted, request) = DefaultWorkflows.Convert(TextToImage);
        var result = EjectRoundTrip.Eject(request);
        var build = EjectRoundTrip.Compile(result);
        var boardType = build.GetParameters().Single(p => p.Name == "board").ParameterType;
        var (board, boardJson) = SampleValues.For(boardType, EjectFixtures.Model614);

        var graph = EjectRoundTrip.Build(build, result, converted.Graph, new Dictionary<string, object?>
        {
            ["positivePrompt"] = "a lighthouse at dusk",
            ["board"] = board,
            ["graphId"] = "my-graph",
        });

        Assert.Equal("my-graph", graph.Id);
        var prompt = graph.Nodes.Single(n => n.Id == PositivePromptNode);
        Assert.True(prompt.Descriptor.TryGetInput("value", out var value));
        Assert.Equal("a lighthouse at dusk", prompt.GetLiteral(value));
        converted.Graph.Nodes.Single(n => n.Id == PositivePromptNode).SetFromJson("value", JsonSerializer.SerializeToElement("a lighthouse at dusk"));
        converted.Graph.Nodes.Single(n => n.Id == DecodeNode).SetFromJson("board", boardJson);
        EjectRoundTrip.AssertSameGraph(converted.Graph, graph, result);
    }

    [Fact]
    public void Leaving_a_required_parameter_out_is_a_compile_error()
    {
        var (_, request) = DefaultWorkflows.Convert(TextToImage);
        var result = EjectRoundTrip.Eject(request);
        var caller = result.Source + "\ninternal static class Caller\n{\n    internal static GraphDsl.Graph Call() => TextToImageSdxl.Build(positivePrompt: \"x\");\n}\n";

        var (_, diagnostics) = EjectCompiler.Compile(caller);

        Assert.Contains(diagnostics, d => d.Id == "CS7036" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'model'", StringComparison.Ordinal));
    }
}
