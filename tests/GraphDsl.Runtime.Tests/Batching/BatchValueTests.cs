using System.Text.Json;
using GraphDsl.Runtime.Tests.Oracle;

namespace GraphDsl.Runtime.Tests.Batching;

/// <summary>
/// The checks the server does not make at enqueue (a value that does not fit its field leaves the queue item unable to
/// load), and the item forms the server's body parsing refuses.
/// </summary>
public sealed class BatchValueTests
{
    private sealed class Fixture
    {
        public Fixture()
        {
            var g = new GraphBuilder("g");
            Add = g.Add(new AddInvocation { A = 1, B = 2 }, id: "add");
            Noise = g.Add(new NoiseInvocation { Width = 64, Height = 64 }, id: "noise");
            Prompt = g.Add(new StringInvocation { Value = "" }, id: "prompt");
            Scheduler = g.Add(new SchedulerInvocation(), id: "scheduler");
            Image = g.Add(new ImageInvocation { Image = new ImageField { ImageName = "x.png" } }, id: "image");
            Ints = g.Add(new IntegerCollectionInvocation(), id: "ints");
            Floats = g.Add(new FloatCollectionInvocation(), id: "floats");
            Model = g.Add(new MainModelLoaderInvocation { Model = new ModelIdentifierField { Key = "k", Hash = "h", Name = "n", Base = BaseModelType.Sd1, Type = ModelType.Main } }, id: "model");
            Multiply = g.Add(new MultiplyInvocation { A = Add.Out.Value, B = 10 }, id: "mul");
            Graph = g.Build();
        }

        public AddInvocation Add { get; }
        public NoiseInvocation Noise { get; }
        public StringInvocation Prompt { get; }
        public SchedulerInvocation Scheduler { get; }
        public ImageInvocation Image { get; }
        public IntegerCollectionInvocation Ints { get; }
        public FloatCollectionInvocation Floats { get; }
        public MainModelLoaderInvocation Model { get; }
        public MultiplyInvocation Multiply { get; }
        public Graph Graph { get; }
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>A datum and the text its one problem must contain; null when it is valid.</summary>
    private static readonly Dictionary<string, (Func<Fixture, BatchDatum> Datum, string? Expected)> Table = new()
    {
        // Values that fit.
        ["int_into_int"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), 1, 2, -3), null),
        ["int_into_float"] = (f => BatchDatum.Of(f.Floats, nameof(FloatCollectionInvocation.Collection), [[1L, 2L]]), null),
        ["whole_double_into_int"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), 2.0, 3.0), null),
        ["seed_at_its_bounds"] = (f => BatchDatum.Of(f.Noise, nameof(NoiseInvocation.Seed), 0, 4294967295), null),
        ["enum_wire_string"] = (f => BatchDatum.Of(f.Scheduler, nameof(SchedulerInvocation.Scheduler), "euler", "dpmpp_3m_k"), null),
        ["image_into_image"] = (f => BatchDatum.Of(f.Image, nameof(ImageInvocation.Image), new ImageField { ImageName = "a.png" }), null),
        ["list_into_list"] = (f => BatchDatum.Of(f.Ints, nameof(IntegerCollectionInvocation.Collection), [[1L, 2L], [3L]]), null),
        ["wire_name"] = (f => BatchDatum.Of(f.Noise, "seed", 7), null),

        // Values that do not fit the field (the server takes them, then cannot load the session).
        ["string_into_int"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), "two"), "does not fit the field's type int"),
        ["fraction_into_int"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), 2.5), "does not fit the field's type int"),
        ["seed_below_minimum"] = (f => BatchDatum.Of(f.Noise, nameof(NoiseInvocation.Seed), 1, -1), "-1 is less than the minimum 0"),
        ["seed_above_maximum"] = (f => BatchDatum.Of(f.Noise, nameof(NoiseInvocation.Seed), 4294967296), "greater than the maximum"),
        ["width_not_a_multiple_of_8"] = (f => BatchDatum.Of(f.Noise, nameof(NoiseInvocation.Width), 64, 100), "not a multiple of 8"),
        ["unknown_enum_value"] = (f => BatchDatum.Of(f.Scheduler, nameof(SchedulerInvocation.Scheduler), "euler", "not_a_scheduler"), "item 1 (\"not_a_scheduler\")"),
        ["number_into_str"] = (f => BatchDatum.Of(f.Prompt, nameof(StringInvocation.Value), 1, 2), "does not fit the field's type str"),
        ["image_into_str"] = (f => BatchDatum.Of(f.Prompt, nameof(StringInvocation.Value), new ImageField { ImageName = "a.png" }), "does not fit the field's type str"),
        ["video_into_image"] = (f => BatchDatum.Of(f.Image, nameof(ImageInvocation.Image), new VideoField { VideoName = "a.mp4" }), "does not fit the field's type ImageField|None"),
        ["list_into_int"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), [[1L, 2L]]), "does not fit the field's type int"),
        ["scalar_into_list"] = (f => BatchDatum.Of(f.Ints, nameof(IntegerCollectionInvocation.Collection), 1, 2), "does not fit the field's type list[int]"),
        ["strings_in_int_list"] = (f => BatchDatum.Of(f.Ints, nameof(IntegerCollectionInvocation.Collection), [["a"]]), "does not fit the field's type list[int]"),
        ["many_bad_items_are_counted"] = (f => BatchDatum.Of(f.Add, nameof(AddInvocation.A), "a", "b", "c", "d", "e"), "and 2 more item(s)"),

        // Item forms the server's body parsing refuses (422).
        ["boolean_item"] = (f => new BatchDatum("add", "a", [Json("true")]), "a boolean is not a batch item type"),
        ["null_item"] = (f => new BatchDatum("add", "a", [Json("null")]), "null is not a batch item type"),
        ["model_object_item"] = (f => BatchDatum.Of(f.Model, nameof(MainModelLoaderInvocation.Model), new ModelIdentifierField { Key = "k2", Hash = "h", Name = "n", Base = BaseModelType.Sdxl, Type = ModelType.Main }), "an object is a batch item only as an ImageField"),
        ["image_with_extra_properties"] = (f => new BatchDatum("image", "image", [Json("""{"image_name":"a.png","board_id":"b"}""")]), "an object is a batch item only as an ImageField"),
        ["nested_list_item"] = (f => new BatchDatum("ints", "collection", [Json("[[1]]")]), "is itself a list"),
        ["list_with_a_null"] = (f => new BatchDatum("ints", "collection", [Json("[1, null]")]), "element 1 of the list: null"),

        // Fields batch data cannot usefully set.
        ["node_attribute"] = (f => new BatchDatum("add", "use_cache", [Json("1")]), "is a node attribute, not an input"),
        ["field_fed_by_an_edge"] = (f => BatchDatum.Of(f.Multiply, nameof(MultiplyInvocation.A), 1, 2), "connected by the edge add.value -> mul.a"),
        ["property_name_of_another_node_type"] = (f => BatchDatum.Of(f.Add, nameof(NoiseInvocation.Seed), 1), "node type 'add' has no input 'Seed'"),
    };

    public static TheoryData<string> Cases => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Values_are_checked_against_their_fields(string name)
    {
        var (make, expected) = Table[name];
        var f = new Fixture();
        var batch = new Batch(f.Graph);
        var datum = make(f);
        batch.Data.Add(datum);

        var problems = batch.GetProblems();

        if (expected is null)
        {
            Assert.Empty(problems);
            // List items are 6.14 only: 6.8's BatchDatum takes str | float | int | ImageField.
            BatchPayloads.Enqueue(batch, datum.Items.Any(i => i.ValueKind == JsonValueKind.Array) ? BatchPayloads.Only614 : BatchPayloads.Both);
            return;
        }
        var problem = Assert.Single(problems);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(datum.NodePath, problem.NodeId);
        Assert.NotNull(problem.Field);
        var error = Assert.Throws<GraphValidationException>(batch.ToEnqueueRequestJson);
        Assert.Contains($"node '{datum.NodePath}', field '{problem.Field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_does_not_fit_passes_the_servers_schema_but_not_its_session_schema()
    {
        // What the check is for: the request body is valid (the server enqueues it), the session's graph is not.
        var f = new Fixture();
        var batch = new Batch(f.Graph);
        batch.Data.Add(BatchDatum.Of(f.Add, nameof(AddInvocation.A), "two"));
        Assert.NotEmpty(batch.GetProblems());

        var requestBody = $$"""{"batch":{"graph":{{f.Graph.ToJson()}},"data":[[{"node_path":"add","field_name":"a","items":["two"]}]],"runs":1},"prepend":false}""";
        Assert.Empty(EnqueueOracle.Validate(requestBody, "6.14", strict: true));
        Assert.Empty(EnqueueOracle.Validate(requestBody, "6.8", strict: true));

        var sessionGraph = System.Text.Json.Nodes.JsonNode.Parse(f.Graph.ToJson())!;
        sessionGraph["nodes"]!["add"]!["a"] = "two";
        var errors = EnqueueOracle.ValidateGraph(sessionGraph.ToJsonString(), "6.14");
        Assert.Contains(errors, e => e.Contains("IntegerExpected at #/batch.graph.nodes.add.a", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_in_one_exception()
    {
        var f = new Fixture();
        var batch = new Batch(f.Graph);
        batch.Data.Add(
            BatchDatum.Of(f.Add, nameof(AddInvocation.A), "two", "three"),
            BatchDatum.Of(f.Noise, nameof(NoiseInvocation.Seed), -1));
        batch.Data.Add(new BatchDatum("ghost", "value", [Json("1")]));
        batch.Data.Add(BatchDatum.Of(f.Add, "a", 1));

        var error = Assert.Throws<GraphValidationException>(batch.ToEnqueueRequestJson);

        Assert.Equal(
            [("add", "a"), ("noise", "seed"), ("noise", "seed"), ("ghost", "value"), ("add", "a")],
            error.Problems.Select(p => (p.NodeId, p.Field!)));
        Assert.Contains("same length", error.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("minimum", error.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("unique", error.Problems[4].Message, StringComparison.Ordinal);
        Assert.Contains("5 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_datum_made_for_a_node_of_another_graph_is_refused()
    {
        var other = new GraphBuilder("other");
        var stranger = other.Add(new AddInvocation { A = 1, B = 1 }, id: "add");
        var f = new Fixture();
        var batch = new Batch(f.Graph);
        batch.Data.Add(BatchDatum.Of(stranger, nameof(AddInvocation.A), 5));

        var problem = Assert.Single(batch.GetProblems());
        Assert.Equal(("add", "a"), (problem.NodeId, problem.Field));
        Assert.Contains("another add node", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_of_a_type_no_schema_describes_are_not_field_checked()
    {
        var graph = Graph.FromJson("""{"id":"g","nodes":{"n":{"id":"n","type":"my_custom_node","strength":0.5}},"edges":[]}""", NodeCatalog.Instance);
        var batch = new Batch(graph);
        batch.Data.Add(new BatchDatum("n", "strength", [Json("0.25"), Json("0.75")]));

        Assert.Empty(batch.GetProblems());
        Assert.Equal(2, batch.SessionCount);
    }

    [Fact]
    public void Graphs_of_the_68_schema_are_checked_with_their_own_descriptors()
    {
        var g = new GraphBuilder("g");
        var noise = g.Add(new InvokeAI.V68.NoiseInvocation { Width = 64, Height = 64 }, id: "noise");
        var batch = new Batch(g.Build());
        batch.Data.Add(BatchDatum.Of(noise, nameof(InvokeAI.V68.NoiseInvocation.Seed), 1, 2));

        BatchPayloads.Enqueue(batch);

        batch.Data.Add(BatchDatum.Of(noise, "noise_type", "SD"));
        var problem = Assert.Single(batch.GetProblems());
        Assert.Contains("node type 'noise' has no input 'noise_type'", problem.Message, StringComparison.Ordinal);
    }
}
