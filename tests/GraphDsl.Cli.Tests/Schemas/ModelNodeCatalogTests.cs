using System.Text.Json;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Generator.Parsing;
using Xunit;

namespace GraphDsl.Cli.Tests.Schemas;

/// <summary>The node catalog the tool builds from a schema at run time, against the one generated at compile time.</summary>
public sealed class ModelNodeCatalogTests
{
    private static readonly Lazy<ModelNodeCatalog> Catalog614 = new(() =>
    {
        var path = CliHarness.TestFile("schemas/invokeai-6.14.openapi.json");
        return ModelNodeCatalog.Create(SchemaParser.Parse(path, File.ReadAllText(path), SchemaParser.DefaultNamespace).Model!);
    });

    [Fact]
    public void Every_generated_node_type_has_the_same_descriptor()
    {
        var generated = InvokeAI.Nodes.NodeCatalog.Instance;
        var types = typeof(InvokeAI.Nodes.NodeCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == "InvokeAI.Nodes" && typeof(Invocation).IsAssignableFrom(t))
            .Select(t => ((NodeDescriptor)t.GetProperty("Definition")!.GetValue(null)!).Type)
            .Distinct()
            .ToList();

        Assert.Equal(307, types.Count);
        Assert.Equal(307, Catalog614.Value.Count);
        foreach (var type in types)
        {
            var expected = generated.Find(type)!;
            var actual = Catalog614.Value.Find(type);
            Assert.NotNull(actual);
            Assert.Equal((expected.Version, expected.OutputType, expected.Title), (actual.Version, actual.OutputType, actual.Title));
            Assert.Equal(expected.Outputs, actual.Outputs);
            Assert.Equal(
                expected.Inputs.Select(i => (i.Name, i.PropertyName, i.Kind, i.WireType, i.IsRequired, Default: Wire(i))),
                actual.Inputs.Select(i => (i.Name, i.PropertyName, i.Kind, i.WireType, i.IsRequired, Default: Wire(i))));
        }
    }

    [Theory]
    [InlineData("call-wf-sdxl-text-to-image")]
    [InlineData("call-wf-flux-image-to-image")]
    public void A_real_graph_read_with_it_serializes_as_with_the_generated_catalog(string name)
    {
        var json = GraphFiles.Captured(name).ToJsonString();

        var typed = Graph.FromJson(json, InvokeAI.Nodes.NodeCatalog.Instance);
        var untyped = Graph.FromJson(json, Catalog614.Value);

        Assert.All(untyped.Nodes, node => Assert.IsType<UntypedInvocation>(node));
        Assert.Equal(typed.ToJson(), untyped.ToJson());
        Assert.Empty(untyped.GetProblems());
    }

    [Fact]
    public void A_value_outside_a_literal_fields_values_is_refused_with_the_values()
    {
        var json = """{"id":"g","nodes":{"r":{"id":"r","type":"img_resize","resample_mode":"cubic"}},"edges":[]}""";

        var error = Assert.Throws<JsonException>(() => Graph.FromJson(json, Catalog614.Value));

        Assert.Contains("'bicubic'", error.Message);
        Assert.Contains("cubic", error.Message);
    }

    [Fact]
    public void An_object_field_refuses_a_string()
    {
        var json = """{"id":"g","nodes":{"r":{"id":"r","type":"img_resize","image":"a.png"}},"edges":[]}""";

        Assert.Throws<JsonException>(() => Graph.FromJson(json, Catalog614.Value));
    }

    /// <summary>A default as the server receives it, written by the input's own codec.</summary>
    private static string Wire(InputDescriptor input)
    {
        if (input.Default is null)
            return "null";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            input.Codec.WriteBoxed(writer, input.Default);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
