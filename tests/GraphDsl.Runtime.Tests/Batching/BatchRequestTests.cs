using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Batching;

/// <summary>The enqueue_batch request body a <see cref="Batch"/> writes.</summary>
public sealed class BatchRequestTests
{
    [Fact]
    public void The_hello_world_body_is_exactly_what_the_server_expects()
    {
        var g = new GraphBuilder("hello-graph");
        g.Add(new AddInvocation { A = 2, B = 3 }, id: "add-node");
        var batch = new Batch(g.Build()) { Runs = 1, Origin = "external-client" };
        string body = batch.ToEnqueueRequestJson();

        var expected = JsonNode.Parse("""
            {"batch":{"graph":{"id":"hello-graph","nodes":{"add-node":{"id":"add-node","type":"add","a":2,"b":3,"is_intermediate":false,"use_cache":true}},"edges":[]},"runs":1,"origin":"external-client"},"prepend":false}
            """);
        var actual = JsonNode.Parse(body);
        Assert.True(JsonNode.DeepEquals(expected, actual), body);
        BatchPayloads.Enqueue(batch);
    }

    [Fact]
    public void The_batch_id_is_left_to_the_server_by_default_and_can_be_set()
    {
        var graph = AddGraph();
        Assert.Null(new Batch(graph).BatchId);
        var first = new Batch(graph) { BatchId = Batch.NewBatchId() };
        var second = new Batch(graph) { BatchId = Batch.NewBatchId() };
        Assert.True(Guid.TryParse(first.BatchId, out _));
        Assert.NotEqual(first.BatchId, second.BatchId);

        var named = new Batch(graph) { BatchId = "my-batch" };
        Assert.Equal("my-batch", (string?)BatchPayloads.Enqueue(named)["batch"]!["batch_id"]);

        var serverMade = new Batch(graph);
        Assert.False(BatchPayloads.Enqueue(serverMade)["batch"]!.AsObject().ContainsKey("batch_id"));

        Assert.Throws<ArgumentException>(() => new Batch(graph) { BatchId = "" });
    }

    [Fact]
    public void Prepend_destination_runs_and_workflow_go_where_the_server_reads_them()
    {
        using var workflow = JsonDocument.Parse("""{"name":"w","author":"","description":"","version":"","contact":"","tags":"","notes":"","exposedFields":[],"meta":{"version":"3.0.0","category":"user"},"nodes":[],"edges":[],"form":null}""");
        var batch = new Batch(AddGraph()) { Runs = 3, Prepend = true, Destination = "gallery", Origin = "tests", Workflow = workflow.RootElement };

        var body = BatchPayloads.Enqueue(batch);

        Assert.True((bool)body["prepend"]!);
        Assert.False(body["batch"]!.AsObject().ContainsKey("prepend"));
        Assert.Equal("gallery", (string?)body["batch"]!["destination"]);
        Assert.Equal("tests", (string?)body["batch"]!["origin"]);
        Assert.Equal(3, (int)body["batch"]!["runs"]!);
        Assert.Equal("w", (string?)body["batch"]!["workflow"]!["name"]);
        Assert.Equal(3, batch.SessionCount);
    }

    [Fact]
    public void Unset_optional_members_are_left_out()
    {
        var body = BatchPayloads.Enqueue(new Batch(AddGraph()));
        var inner = body["batch"]!.AsObject();
        Assert.False(inner.ContainsKey("origin"));
        Assert.False(inner.ContainsKey("destination"));
        Assert.False(inner.ContainsKey("data"));
        Assert.False(inner.ContainsKey("workflow"));
        Assert.False((bool)body["prepend"]!);
        Assert.Equal(1, (int)inner["runs"]!);
    }

    [Fact]
    public void Runs_must_be_at_least_one()
    {
        var batch = new Batch(AddGraph());
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Runs = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Runs = -1);
        Assert.Equal(1, batch.Runs);
    }

    [Fact]
    public void Batch_data_is_written_with_wire_field_names_whether_given_by_property_or_wire_name()
    {
        var g = new GraphBuilder("g");
        var noise = g.Add(new NoiseInvocation { Width = 64, Height = 64 }, id: "noise");
        var prompt = g.Add(new StringInvocation { Value = "" }, id: "prompt");
        var scale = g.Add(new FloatInvocation { Value = 1 }, id: "scale");
        var batch = new Batch(g.Build());
        batch.Data.Add(
            BatchDatum.Of(noise, nameof(NoiseInvocation.Seed), 1, 2, 3),
            BatchDatum.Of(prompt, "value", "a cat", "a dog", "a fox"));
        batch.Data.Add(new BatchGroup { BatchDatum.Of(scale, nameof(FloatInvocation.Value), 0.5, 1.5) });

        var body = BatchPayloads.Enqueue(batch);

        var expected = JsonNode.Parse("""
            [
              [
                {"node_path":"noise","field_name":"seed","items":[1,2,3]},
                {"node_path":"prompt","field_name":"value","items":["a cat","a dog","a fox"]}
              ],
              [
                {"node_path":"scale","field_name":"value","items":[0.5,1.5]}
              ]
            ]
            """);
        Assert.True(JsonNode.DeepEquals(expected, body["batch"]!["data"]), body["batch"]!["data"]!.ToJsonString());
        Assert.Equal(6, batch.SessionCount);
    }

    [Fact]
    public void Collection_expressions_and_params_both_make_groups()
    {
        var g = new GraphBuilder("g");
        var a = g.Add(new AddInvocation { A = 0, B = 0 }, id: "a");
        var batch = new Batch(g.Build());
        batch.Data.Add([BatchDatum.Of(a, nameof(AddInvocation.A), [1L, 2L]), BatchDatum.Of(a, nameof(AddInvocation.B), [10, 20])]);
        var group = new BatchGroup { BatchDatum.Of(a, nameof(AddInvocation.A), 5) };
        batch.Data.Add(group);

        Assert.Same(group, batch.Data[1]);
        Assert.Equal(2, batch.Data.Count);
        Assert.Equal(2, batch.Data[0].Count);
        // The second group repeats (a, a): the server's unique-pair rule.
        var problem = Assert.Single(batch.GetProblems());
        Assert.Equal(("a", "a"), (problem.NodeId, problem.Field));
    }

    [Fact]
    public void Image_video_and_list_items_are_written_as_the_server_reads_them()
    {
        var g = new GraphBuilder("g");
        var image = g.Add(new ImageInvocation { Image = new ImageField { ImageName = "placeholder.png" } }, id: "image");
        var video = g.Add(new VideoFrameExtractInvocation { Video = new VideoField { VideoName = "placeholder.mp4" } }, id: "video");
        var ints = g.Add(new IntegerCollectionInvocation(), id: "ints");
        var images = g.Add(new ImageCollectionInvocation(), id: "images");
        var batch = new Batch(g.Build());
        batch.Data.Add(
            BatchDatum.Of(image, nameof(ImageInvocation.Image), new ImageField { ImageName = "a.png" }, new ImageField { ImageName = "b.png" }),
            BatchDatum.Of(video, nameof(VideoFrameExtractInvocation.Video), new VideoField { VideoName = "a.mp4" }, new VideoField { VideoName = "b.mp4" }),
            BatchDatum.Of(ints, nameof(IntegerCollectionInvocation.Collection), [[1L, 2L], []]),
            BatchDatum.Of(images, nameof(ImageCollectionInvocation.Images), [[new ImageField { ImageName = "a.png" }], [new ImageField { ImageName = "b.png" }, new ImageField { ImageName = "c.png" }]]));

        // VideoField items, list items and the video node are 6.14 only (6.8's BatchDatum allows str|float|int|ImageField).
        var body = BatchPayloads.Enqueue(batch, BatchPayloads.Only614);

        var data = body["batch"]!["data"]![0]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"image_name":"a.png"},{"image_name":"b.png"}]"""), data[0]!["items"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"video_name":"a.mp4"},{"video_name":"b.mp4"}]"""), data[1]!["items"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[[1,2],[]]"""), data[2]!["items"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[[{"image_name":"a.png"}],[{"image_name":"b.png"},{"image_name":"c.png"}]]"""), data[3]!["items"]));
    }

    [Fact]
    public void Image_items_alone_are_valid_against_both_snapshots()
    {
        var g = new GraphBuilder("g");
        var image = g.Add(new ImageInvocation { Image = new ImageField { ImageName = "placeholder.png" } }, id: "image");
        var resize = g.Add(new ImageResizeInvocation { Image = image.Out.Image, Width = 64, Height = 64 }, id: "resize");
        var batch = new Batch(g.Build()) { Origin = "tests" };
        batch.Data.Add(BatchDatum.Of(image, nameof(ImageInvocation.Image), new ImageField { ImageName = "a.png" }, new ImageField { ImageName = "b.png" }));
        batch.Data.Add(BatchDatum.Of(resize, nameof(ImageResizeInvocation.Width), 64, 128));

        BatchPayloads.Enqueue(batch);
        Assert.Equal(4, batch.SessionCount);
    }

    [Fact]
    public void Json_items_and_nodes_read_from_json_are_accepted()
    {
        var graph = Graph.FromJson("""{"id":"g","nodes":{"n":{"id":"n","type":"add","a":1,"b":2}},"edges":[]}""", NodeCatalog.Instance);
        using var items = JsonDocument.Parse("[3, 4, 5]");
        var batch = new Batch(graph);
        batch.Data.Add(BatchDatum.Of(graph.Nodes[0], "a", items.RootElement.EnumerateArray()));
        batch.Data.Add(new BatchDatum("n", "b", [JsonDocument.Parse("7").RootElement]));

        var body = BatchPayloads.Enqueue(batch);

        Assert.Equal("[3,4,5]", body["batch"]!["data"]![0]![0]!["items"]!.ToJsonString());
        Assert.Equal(3, batch.SessionCount);
    }

    [Fact]
    public void The_body_is_written_to_a_caller_supplied_writer_the_same_way()
    {
        var batch = new Batch(AddGraph()) { BatchId = "fixed", Origin = "o" };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            batch.WriteEnqueueRequest(writer);
        var written = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(batch.ToEnqueueRequestJson(), written);
        Oracle.EnqueueOracle.AssertValid(written, strict: true, BatchPayloads.Both);
    }

    [Fact]
    public void Numbers_are_invariant_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var g = new GraphBuilder("g");
            var f = g.Add(new FloatInvocation { Value = 0 }, id: "f");
            var batch = new Batch(g.Build());
            batch.Data.Add(BatchDatum.Of(f, nameof(FloatInvocation.Value), 0.25, 1e-3));
            var body = BatchPayloads.Enqueue(batch);
            Assert.Equal("[0.25,0.001]", body["batch"]!["data"]![0]![0]!["items"]!.ToJsonString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Items_without_a_json_form_are_refused_when_made()
    {
        var g = new GraphBuilder("g");
        var f = g.Add(new FloatInvocation { Value = 0 }, id: "f");
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchDatum.Of(f, "value", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchDatum.Of(f, "value", 1, double.PositiveInfinity));
        Assert.Throws<ArgumentNullException>(() => BatchDatum.Of(f, "value", "a", null!));
        Assert.Throws<ArgumentException>(() => BatchDatum.Of(new FloatInvocation(), "value", 1.0));
    }

    internal static Graph AddGraph()
    {
        var g = new GraphBuilder("g");
        g.Add(new AddInvocation { A = 2, B = 3 }, id: "add");
        return g.Build();
    }
}
