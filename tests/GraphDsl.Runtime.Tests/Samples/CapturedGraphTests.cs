using System.Text.Json;
using CapturedGraphs;

namespace GraphDsl.Runtime.Tests.Samples;

/// <summary>
/// The sample graphs of <c>samples/CapturedGraphs</c>, written with the typed 6.8 API, against the queue items they
/// were rebuilt from (<c>Data/call-wf-*.json</c>, captured from an InvokeAI 6.x server): same nodes, types, literal
/// inputs, <c>is_intermediate</c>/<c>use_cache</c> and edges; and the captured graphs read back through the 6.8
/// catalog.
/// </summary>
/// <remarks>
/// <para>What the comparison ignores, and why — nothing else (see <see cref="GraphComparer"/>): the value a captured
/// node carries on an input that a captured edge connects (the workflow editor leaves the field's last literal there;
/// the server overwrites it with the edge's value before the node runs, and GraphDsl does not send connected inputs).
/// Each case pins that list exactly in <see cref="Case.IgnoredConnectedValues"/>, so a new ignored value fails the
/// test.</para>
/// <para>Not ignored: the <c>collection: []</c> of the captured <c>collect</c> nodes. In the 6.8 schema
/// <c>collect.collection</c> is an <c>input: "any"</c> field (not connection-only), and no captured edge connects
/// it, so it is a literal like any other: the SDXL sample sets it, and the comparison checks it.</para>
/// </remarks>
public sealed class CapturedGraphTests
{
    /// <summary>A captured queue item and the sample that rebuilds its graph.</summary>
    /// <param name="File">The queue item, under <c>Data/</c>.</param>
    /// <param name="Build">Builds the sample graph with the given graph id (everything else at its default).</param>
    /// <param name="IdMap">Each captured node id to the sample's node id.</param>
    /// <param name="IgnoredConnectedValues">The captured values on connected inputs, as <c>node.field = json</c>.</param>
    public sealed record Case(string File, Func<string, Graph> Build, IReadOnlyDictionary<string, string> IdMap, IReadOnlyList<string> IgnoredConnectedValues)
    {
        /// <inheritdoc/>
        public override string ToString() => File;
    }

    private static readonly Case Sdxl = new(
        "call-wf-sdxl-text-to-image.json",
        id => SdxlTextToImage.Build(graphId: id),
        new Dictionary<string, string>
        {
            ["sdxl_model_loader:PwBr7RXRsy"] = "model",
            ["positive_prompt:kjUMdcg0zO"] = "positive-prompt",
            ["484ecc77-b7a0-4e19-b793-cc313f20fbe6"] = "negative-prompt",
            ["fe37ca02-b720-41f8-a10c-5ab7f110e336"] = "seed",
            ["pos_cond:o9T4cKV8xt"] = "positive-conditioning",
            ["neg_cond:5ZtbrHJgrO"] = "negative-conditioning",
            ["pos_cond_collect:sles8A43dq"] = "positive-collect",
            ["neg_cond_collect:XpoW9rXd61"] = "negative-collect",
            ["noise:f4Bv4UWa22"] = "noise",
            ["denoise_latents:TRC0Y88EWe"] = "denoise",
            ["core_metadata:gSiDdR3ubW"] = "metadata",
            ["canvas_output:JbPTiAJ26r"] = "image",
        },
        [
            "pos_cond:o9T4cKV8xt.prompt = \"\"",          // from positive_prompt.value
            "pos_cond:o9T4cKV8xt.style = \"\"",           // from positive_prompt.value
            "neg_cond:5ZtbrHJgrO.prompt = \"\"",          // from the negative prompt's string node
            "neg_cond:5ZtbrHJgrO.style = \"\"",           // from the negative prompt's string node
            "noise:f4Bv4UWa22.seed = 0",                    // from rand_int.value
        ]);

    private static readonly Case Flux = new(
        "call-wf-flux-image-to-image.json",
        id => FluxImageToImage.Build(graphId: id),
        new Dictionary<string, string>
        {
            ["f8d9d7c8-9ed7-4bd7-9e42-ab0e89bfac90"] = "models",
            ["7b056f05-a4fe-40d3-b913-1a4b3897230f"] = "input-image",
            ["f14341d4-34a5-42a5-8221-acf98d82add7"] = "input-metadata",
            ["2981a67c-480f-4237-9384-26b68dbf912b"] = "encode",
            ["4754c534-a5f3-4ad0-9382-7887985e668c"] = "seed",
            ["01f674f8-b3d1-4df1-acac-6cb8e0bfb63c"] = "positive-prompt",
            ["e87ba3b6-c98f-4644-903a-e13c421f2add"] = "negative-prompt",
            ["9c773392-5647-4f2b-958e-9da1707b6e6a"] = "denoise",
            ["7e5172eb-48c1-44db-a770-8fd83e1435d1"] = "output-image",
        },
        [
            "9c773392-5647-4f2b-958e-9da1707b6e6a.width = 1024",   // from flux_vae_encode.width
            "9c773392-5647-4f2b-958e-9da1707b6e6a.height = 1024",  // from flux_vae_encode.height
            "9c773392-5647-4f2b-958e-9da1707b6e6a.seed = 0",       // from rand_int.value
        ]);

    public static TheoryData<string> Cases => [Sdxl.File, Flux.File];

    private static Case Get(string file) => file == Sdxl.File ? Sdxl : file == Flux.File ? Flux : throw new ArgumentException(file);

    private static JsonElement CapturedGraph(string file)
    {
        using var item = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file)));
        return item.RootElement.GetProperty("session").GetProperty("graph").Clone();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_samples_enqueue_body_is_valid_against_the_6_8_and_6_14_schemas(string file)
    {
        var graph = Get(file).Build(CapturedGraph(file).GetProperty("id").GetString()!);

        var body = new Batch(graph) { Origin = "workflows", Destination = "gallery" }.ToEnqueueRequestJson();

        GraphDsl.Runtime.Tests.Oracle.EnqueueOracle.AssertValid(body, strict: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sample_rebuilds_the_captured_graph(string file)
    {
        var @case = Get(file);
        var captured = CapturedGraph(file);

        var graph = @case.Build(captured.GetProperty("id").GetString()!);
        using var written = JsonDocument.Parse(graph.ToJson());
        var result = GraphComparer.Compare(captured, written.RootElement, @case.IdMap);

        Assert.True(result.Differences.Count == 0, GraphComparer.Describe(result.Differences));
        Assert.Equal(@case.IgnoredConnectedValues.Order(StringComparer.Ordinal), result.Ignored.Order(StringComparer.Ordinal));
        Assert.Equal(captured.GetProperty("nodes").EnumerateObject().Count(), graph.Nodes.Count);
        Assert.Equal(captured.GetProperty("edges").GetArrayLength(), graph.Edges.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sample_uses_typed_6_8_nodes_and_its_own_readable_ids(string file)
    {
        var @case = Get(file);

        var graph = @case.Build("g");

        Assert.All(graph.Nodes, node => Assert.Equal("InvokeAI.V68", node.GetType().Namespace));
        Assert.Equal(@case.IdMap.Values.Order(StringComparer.Ordinal), graph.Nodes.Select(n => n.Id!).Order(StringComparer.Ordinal));
        Assert.Empty(@case.IdMap.Keys.Intersect(@case.IdMap.Values));
    }

    /// <summary>The queue item embeds the workflow it ran, with each node's version: the 6.8 schema has the same ones.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void The_sample_nodes_have_the_versions_of_the_captured_workflow(string file)
    {
        var @case = Get(file);
        using var item = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file)));
        var workflowNodes = item.RootElement.GetProperty("workflow").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("data"))
            .ToDictionary(d => d.GetProperty("id").GetString()!, StringComparer.Ordinal);

        var graph = @case.Build("g");

        Assert.Equal(@case.IdMap.Keys.Order(StringComparer.Ordinal), workflowNodes.Keys.Order(StringComparer.Ordinal));
        foreach (var (capturedId, sampleId) in @case.IdMap)
        {
            var node = graph.Nodes.Single(n => n.Id == sampleId);
            var data = workflowNodes[capturedId];
            Assert.Equal((capturedId, data.GetProperty("type").GetString(), data.GetProperty("version").GetString()), (capturedId, node.Type, node.Descriptor.Version));
        }
    }

    /// <summary>
    /// Reading gives typed 6.8 nodes. Writing back leaves out the values captured on connected inputs (the edge feeds
    /// those inputs, so the server never uses them) and keeps everything else: the result is the sample's graph up to ids.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void The_captured_graph_reads_as_typed_6_8_nodes_and_writes_back_the_same_graph(string file)
    {
        var @case = Get(file);
        var captured = CapturedGraph(file);

        var read = Graph.FromJson(captured.GetRawText(), InvokeAI.V68.NodeCatalog.Instance);

        Assert.Equal(captured.GetProperty("nodes").EnumerateObject().Count(), read.Nodes.Count);
        Assert.All(read.Nodes, node =>
        {
            Assert.IsNotType<UntypedInvocation>(node);
            Assert.Equal("InvokeAI.V68", node.GetType().Namespace);
            Assert.Same(InvokeAI.V68.NodeCatalog.Instance.Find(node.Type), node.Descriptor);
        });
        using var written = JsonDocument.Parse(read.ToJson());
        var identity = captured.GetProperty("nodes").EnumerateObject().ToDictionary(n => n.Name, n => n.Name, StringComparer.Ordinal);

        var againstCaptured = GraphComparer.Compare(captured, written.RootElement, identity);
        Assert.True(againstCaptured.Differences.Count == 0, GraphComparer.Describe(againstCaptured.Differences));
        Assert.Equal(@case.IgnoredConnectedValues.Order(StringComparer.Ordinal), againstCaptured.Ignored.Order(StringComparer.Ordinal));

        using var sample = JsonDocument.Parse(@case.Build(captured.GetProperty("id").GetString()!).ToJson());
        var againstSample = GraphComparer.Compare(written.RootElement, sample.RootElement, @case.IdMap, ignoreConnectedValues: false);
        Assert.True(againstSample.Differences.Count == 0, GraphComparer.Describe(againstSample.Differences));
    }

    [Fact]
    public void The_comparer_reports_node_field_expected_and_actual()
    {
        var captured = CapturedGraph(Sdxl.File);
        var graph = SdxlTextToImage.Build(positivePrompt: "a lighthouse", steps: 25, graphId: captured.GetProperty("id").GetString());
        using var written = JsonDocument.Parse(graph.ToJson());
        var map = new Dictionary<string, string>(Sdxl.IdMap);
        map.Remove("noise:f4Bv4UWa22");

        var differences = GraphComparer.Compare(captured, written.RootElement, map).Differences;

        Assert.Contains("node 'positive_prompt:kjUMdcg0zO' -> 'positive-prompt', field 'value': expected \"deep space, high quality, colorful\", actual \"a lighthouse\"", differences);
        Assert.Contains("node 'denoise_latents:TRC0Y88EWe' -> 'denoise', field 'steps': expected 30, actual 25", differences);
        Assert.Contains("node 'core_metadata:gSiDdR3ubW' -> 'metadata', field 'steps': expected 30, actual 25", differences);
        Assert.Contains("node 'noise:f4Bv4UWa22': not in the id map (no actual node stands for it)", differences);
        Assert.Contains("node 'noise': in the actual graph only", differences);
        Assert.Contains("edge noise:f4Bv4UWa22.noise -> denoise.noise: missing from the actual graph", differences);
        Assert.Contains("edge noise.noise -> denoise.noise: in the actual graph only", differences);
    }
}
