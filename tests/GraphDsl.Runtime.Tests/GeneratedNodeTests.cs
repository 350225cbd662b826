using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl.Runtime.Tests;

/// <summary>The generated 6.14 nodes at run time: defaults, bounds, ports, descriptors, enums, outputs.</summary>
public sealed class GeneratedNodeTests
{
    [Fact]
    public void Unset_inputs_read_as_their_schema_default_and_are_not_assigned()
    {
        var resize = new ImageResizeInvocation { Image = new ImageField { ImageName = "a.png" } };

        Assert.Equal(512L, resize.Width.Value);
        Assert.Equal(ResampleMode.Bicubic, resize.ResampleMode.Value);
        Assert.Null(resize.GetAssigned(resize.Descriptor.TryGetInput("width", out var width) ? width : -1));
        Assert.True(new CollectInvocation().Descriptor.UseCacheDefault is false);
        Assert.False(new CollectInvocation().UseCache);
        Assert.True(new AddInvocation().UseCache);
    }

    [Fact]
    public void A_literal_below_an_exclusive_minimum_is_rejected_naming_node_and_field()
    {
        var resize = new ImageResizeInvocation { Image = new ImageField { ImageName = "a.png" } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => resize.Width = 0);

        Assert.Equal("Width", error.ParamName);
        Assert.Contains("ImageResizeInvocation.Width", error.Message);
        Assert.Contains("field 'width' of node type 'img_resize'", error.Message);
        Assert.Contains("must be greater than 0", error.Message);
    }

    [Fact]
    public void Bounds_name_the_node_id_once_the_node_is_in_a_graph()
    {
        var g = new GraphBuilder();
        var resize = g.Add(new ImageResizeInvocation { Image = new ImageField { ImageName = "a.png" } }, id: "resize");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => resize.Height = -5);

        Assert.Contains("ImageResizeInvocation 'resize'.Height", error.Message);
    }

    [Fact]
    public void MultipleOf_inside_a_nullable_union_is_checked()
    {
        var noise = new NoiseInvocation();
        var crop = new CropLatentsCoreInvocation { Latents = noise.Out.Noise, X = 16, Y = 0, Width = 64, Height = 64 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => crop.X = 12);

        Assert.Contains("not a multiple of 8", error.Message);
        crop.X = 24;
        Assert.Equal(24L, crop.X.Value);
    }

    [Fact]
    public void Raw_ge_and_le_of_a_union_field_apply_to_every_list_item()
    {
        var controlNet = new ControlNetInvocation { Image = new ImageField { ImageName = "c.png" }, ControlModel = Model() };

        controlNet.ControlWeight = new[] { -1.0, 2.0 };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => controlNet.ControlWeight = new[] { 0.5, 2.5 });

        Assert.Contains("2.5 is greater than the maximum 2", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => controlNet.ControlWeight = -1.5);
    }

    [Fact]
    public void Builder_gives_readable_stable_unique_ids_and_collects_edges()
    {
        static Graph Build()
        {
            var g = new GraphBuilder("g");
            var a = g.Add(new AddInvocation { A = 2, B = 3 });
            var b = g.Add(new AddInvocation { A = a.Out.Value, B = 1 });
            g.Add(new MultiplyInvocation { A = a.Out.Value, B = b.Out.Value }, id: "product");
            return g.Build();
        }

        var graph = Build();

        Assert.Equal(["add-1", "add-2", "product"], graph.Nodes.Select(n => n.Id));
        Assert.Equal(
            ["add-1.value -> add-2.a", "add-1.value -> product.a", "add-2.value -> product.b"],
            graph.Edges.Select(e => e.ToString()));
        Assert.Equal(graph.Edges.Select(e => e.ToString()), Build().Edges.Select(e => e.ToString()));
    }

    [Fact]
    public void Builder_rejects_a_duplicate_id_a_node_added_twice_and_an_edge_from_outside_the_graph()
    {
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation(), id: "x");
        Assert.Throws<ArgumentException>(() => g.Add(new AddInvocation(), id: "x"));
        Assert.Throws<InvalidOperationException>(() => new GraphBuilder().Add(add));

        var stranger = new AddInvocation();
        g.Add(new MultiplyInvocation { A = stranger.Out.Value }, id: "mul");
        var error = Assert.Throws<GraphValidationException>(g.Build);

        var problem = Assert.Single(error.Problems);
        Assert.Equal(("mul", "a"), (problem.NodeId, problem.Field));
    }

    [Fact]
    public void Descriptor_carries_the_schema_facts()
    {
        var d = AddInvocation.Definition;

        Assert.Equal(("add", "1.0.1", "math", "invokeai"), (d.Type, d.Version, d.Category, d.NodePack));
        Assert.Equal(["math", "add"], d.Tags);
        Assert.Equal(NodeClassification.Stable, d.Classification);
        Assert.Equal("integer_output", d.OutputType);
        Assert.Equal(["a", "b"], d.Inputs.Select(i => i.Name));
        Assert.Equal(["value"], d.Outputs.Select(o => o.Name));
#pragma warning disable CS0618 // the deprecated node is the point of the assertion
        Assert.Equal(NodeClassification.Deprecated, MetadataFieldExtractorInvocation.Definition.Classification);
        Assert.True(typeof(MetadataFieldExtractorInvocation).IsDefined(typeof(ObsoleteAttribute), inherit: false));
#pragma warning restore CS0618
    }

    [Fact]
    public void Required_inputs_are_marked_in_the_descriptor()
    {
        var inputs = DenoiseLatentsInvocation.Definition.Inputs.ToDictionary(i => i.Name);

        Assert.True(inputs["positive_conditioning"].IsRequired);
        Assert.Equal(InputKind.Connection, inputs["positive_conditioning"].Kind);
        Assert.False(inputs["steps"].IsRequired);
        Assert.Equal("ConditioningField|list[ConditioningField]|None", inputs["positive_conditioning"].WireType);
    }

    [Fact]
    public void Enums_write_and_read_the_servers_literals()
    {
        Assert.Equal("euler_a", Scheduler.EulerA.ToWire());
        Assert.Equal("dpmpp_2m_sde_k", Scheduler.Dpmpp2mSdeK.ToWire());
        using var doc = JsonDocument.Parse("\"er_sde\"");
        Assert.Equal(Scheduler.ErSde, WireEnums.Scheduler.Read(doc.RootElement));
        using var bad = JsonDocument.Parse("\"no_such_scheduler\"");
        Assert.Throws<JsonException>(() => WireEnums.Scheduler.Read(bad.RootElement));
    }

    [Fact]
    public void Output_classes_read_real_results_of_a_captured_queue_item()
    {
        using var item = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "call-wf-sdxl-text-to-image.json")));
        var results = item.RootElement.GetProperty("session").GetProperty("results");
        var images = results.EnumerateObject().Where(r => r.Value.GetProperty("type").GetString() == ImageOutput.OutputType).ToList();

        Assert.NotEmpty(images);
        foreach (var result in images)
        {
            var output = ImageOutput.ReadFrom(result.Value);
            Assert.EndsWith(".png", output.Image.ImageName);
            Assert.Equal(result.Value.GetProperty("width").GetInt64(), output.Width);

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
                output.WriteTo(writer);
            using var written = JsonDocument.Parse(buffer.WrittenMemory);
            Assert.Equal(output.Image.ImageName, written.RootElement.GetProperty("image").GetProperty("image_name").GetString());
            Assert.Equal("image_output", written.RootElement.GetProperty("type").GetString());
        }
    }

    private static ModelIdentifierField Model() =>
        new() { Key = "k", Hash = "h", Name = "n", Base = BaseModelType.Sdxl, Type = ModelType.Controlnet };
}
