using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Serialization;

/// <summary>Graphs to and from the server's JSON.</summary>
public sealed class GraphJsonTests
{
    [Fact]
    public void Literal_edge_and_unset_inputs_are_written_as_the_server_expects()
    {
        var g = new GraphBuilder("g");
        var add = g.Add(new AddInvocation { A = 2 }, id: "add");
        g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 }, id: "mul");

        var graph = g.Build();
        var json = JsonNode.Parse(graph.ToJson())!;

        GraphDsl.Runtime.Tests.Oracle.EnqueueOracle.AssertValid(new Batch(graph).ToEnqueueRequestJson(), strict: true);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":"add","type":"add","a":2,"is_intermediate":false,"use_cache":true}"""), json["nodes"]!["add"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"id":"mul","type":"mul","b":10,"is_intermediate":false,"use_cache":true}"""), json["nodes"]!["mul"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"source":{"node_id":"add","field":"value"},"destination":{"node_id":"mul","field":"a"}}]"""), json["edges"]));
    }

    [Fact]
    public void Enums_objects_lists_and_floats_use_wire_forms_and_invariant_numbers()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var g = new GraphBuilder("g");
            g.Add(new SchedulerInvocation { Scheduler = Scheduler.Dpmpp3mK }, id: "s");
            g.Add(new FloatMathInvocation { Operation = Operation.Mul, A = 7.5, B = 2 }, id: "f");
            g.Add(new ImageResizeInvocation { Image = new ImageField { ImageName = "a.png" }, Width = 640 }, id: "r");
            var graph = g.Build();
            var json = JsonNode.Parse(graph.ToJson())!;
            GraphDsl.Runtime.Tests.Oracle.EnqueueOracle.AssertValid(new Batch(graph).ToEnqueueRequestJson(), strict: true);

            Assert.Equal("dpmpp_3m_k", (string?)json["nodes"]!["s"]!["scheduler"]);
            Assert.Equal("MUL", (string?)json["nodes"]!["f"]!["operation"]);
            Assert.Equal("7.5", json["nodes"]!["f"]!["a"]!.ToJsonString());
            Assert.Equal("2", json["nodes"]!["f"]!["b"]!.ToJsonString());
            Assert.Equal("a.png", (string?)json["nodes"]!["r"]!["image"]!["image_name"]);
            Assert.Equal(640, (int)json["nodes"]!["r"]!["width"]!);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_graph_read_back_is_typed_and_writes_the_same_json()
    {
        var g = new GraphBuilder("g");
        var add = g.Add(new AddInvocation { A = 2, B = 3 }, id: "add");
        g.Add(new ImageResizeInvocation { Image = new ImageField { ImageName = "a.png" }, Width = add.Out.Value, ResampleMode = ResampleMode.Lanczos }, id: "r");
        var json = g.Build().ToJson();
        GraphDsl.Runtime.Tests.Oracle.EnqueueOracle.AssertValid(EnqueueOracleBody(json), strict: true);

        var read = Graph.FromJson(json, NodeCatalog.Instance);

        var typedAdd = Assert.IsType<AddInvocation>(read.Nodes[0]);
        Assert.Equal(2L, typedAdd.A.Value);
        var typedResize = Assert.IsType<ImageResizeInvocation>(read.Nodes[1]);
        Assert.Equal(ResampleMode.Lanczos, typedResize.ResampleMode.Value);
        Assert.Equal("a.png", typedResize.Image.Value!.ImageName);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(read.ToJson())));
    }

    private static string EnqueueOracleBody(string graphJson) => GraphDsl.Runtime.Tests.Oracle.EnqueueOracle.WrapGraph(graphJson);

    [Fact]
    public void A_node_of_an_unknown_type_is_read_untyped_and_kept_as_it_was()
    {
        const string json = """{"id":"g","nodes":{"n":{"id":"n","type":"my_custom_node","strength":0.5,"names":["a","b"],"is_intermediate":true,"use_cache":false}},"edges":[]}""";

        var graph = Graph.FromJson(json, NodeCatalog.Instance);

        var node = Assert.IsType<UntypedInvocation>(graph.Nodes[0]);
        Assert.False(node.Descriptor.IsKnown);
        Assert.Equal(0.5, node.ExtraFields["strength"].GetDouble());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(graph.ToJson())));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_node_and_field()
    {
        const string json = """{"id":"g","nodes":{"n":{"id":"n","type":"add","a":"two"}},"edges":[]}""";

        var error = Assert.Throws<JsonException>(() => Graph.FromJson(json, NodeCatalog.Instance));

        Assert.Contains("'n'", error.Message);
        Assert.Contains("'a'", error.Message);
    }
}
