using System.Text.Json;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// The oracle: real queue items captured from an InvokeAI 6.x server (<c>Data/call-wf-*.json</c>), each with the
/// <c>workflow</c> it was enqueued from and the <c>session.graph</c> the server stored. Converting the workflow must
/// give that graph: the same node ids, types, <c>use_cache</c>/<c>is_intermediate</c>, literal values, and the same
/// edges as a set. The graph id is the only id the UI generates (a fresh uuid per enqueue), so it is not compared.
/// </summary>
/// <remarks>
/// <para>
/// The server stores the graph as its pydantic models dump it (<c>exclude_none</c>), so the stored nodes also hold the
/// default of every field the client did not send. The comparison therefore reads: every value the conversion sends
/// is stored unchanged; every stored field the conversion does not send holds the schema's default for it (and a
/// field whose default is null is absent). The test pins the exact list of those server-filled fields, each with the
/// reason the UI does not send it: an edge feeds it (the UI leaves out the literal: <c>neg_cond.prompt</c> is saved as
/// "naked" but stored as the default "", which shows that the UI did leave it out), or the workflow saved no value.
/// </para>
/// <para>
/// The items were captured from a 6.8-era server: their node versions are those of the 6.8 schema, so they are
/// converted against the 6.8 catalog. Against 6.14 the conversion first updates the nodes saved at an older version
/// of their type, as the UI does on load; that difference is pinned by its own test.
/// </para>
/// </remarks>
public sealed class CapturedItemOracleTests
{
    public sealed record Case(string File, string[] ServerFilled, string[] Dropped)
    {
        public override string ToString() => File;
    }

    public static TheoryData<Case> Cases() => new()
    {
        new Case("call-wf-sdxl-text-to-image.json",
        [
            // collect.collection has no saved value (the UI's 6.8 template hides it); the server's default is [].
            "pos_cond_collect:sles8A43dq.collection = [] (not saved)",
            "neg_cond_collect:XpoW9rXd61.collection = [] (not saved)",
            // Fed by an edge: the UI leaves out the saved literal, the server stores its default.
            "pos_cond:o9T4cKV8xt.prompt = \"\" (connected)",
            "pos_cond:o9T4cKV8xt.style = \"\" (connected)",
            "neg_cond:5ZtbrHJgrO.prompt = \"\" (connected)",
            "neg_cond:5ZtbrHJgrO.style = \"\" (connected)",
            "noise:f4Bv4UWa22.seed = 0 (connected)",
        ],
        [
            // What the conversion reports leaving out: the saved literals of connected inputs.
            "pos_cond:o9T4cKV8xt input 'prompt'",
            "pos_cond:o9T4cKV8xt input 'style'",
            "neg_cond:5ZtbrHJgrO input 'prompt'",
            "neg_cond:5ZtbrHJgrO input 'style'",
            "noise:f4Bv4UWa22 input 'seed'",
            "core_metadata:gSiDdR3ubW input 'negative_prompt'",
            "core_metadata:gSiDdR3ubW input 'width'",
            "core_metadata:gSiDdR3ubW input 'height'",
        ]),
        new Case("call-wf-flux-image-to-image.json",
        [
            "9c773392-5647-4f2b-958e-9da1707b6e6a.width = 1024 (connected)",
            "9c773392-5647-4f2b-958e-9da1707b6e6a.height = 1024 (connected)",
            "9c773392-5647-4f2b-958e-9da1707b6e6a.seed = 0 (connected)",
        ],
        [
            "01f674f8-b3d1-4df1-acac-6cb8e0bfb63c input 't5_max_seq_len'",
            "9c773392-5647-4f2b-958e-9da1707b6e6a input 'width'",
            "9c773392-5647-4f2b-958e-9da1707b6e6a input 'height'",
            "9c773392-5647-4f2b-958e-9da1707b6e6a input 'seed'",
        ]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_embedded_workflow_converts_to_the_enqueued_graph(Case c)
    {
        var item = WorkflowFiles.ReadJson(Path.Combine(WorkflowFiles.DataDirectory, c.File));
        var expected = item.GetProperty("session").GetProperty("graph");
        var workflow = Workflow.FromJson(item.GetProperty("workflow"), InvokeAI.V68.NodeCatalog.Instance);

        var converted = workflow.ToGraph();

        var actual = WorkflowGraphJson.Of(converted.Graph);
        var (differences, serverFilled) = Compare(expected, actual, SchemaDefaults.Of("invokeai-6.8.openapi.json"));
        Assert.Empty(differences);
        Assert.Equal(c.ServerFilled.Order(StringComparer.Ordinal), serverFilled.Order(StringComparer.Ordinal));
        Assert.Empty(converted.Data);
        Assert.Equal(c.Dropped.Order(StringComparer.Ordinal), converted.Dropped.Select(d => $"{d.NodeId} {d.What}").Order(StringComparer.Ordinal));
        Assert.All(converted.Dropped, d => Assert.StartsWith("an edge feeds it", d.Reason, StringComparison.Ordinal));
    }

    /// <summary>
    /// Against the 6.14 catalog the SDXL item's <c>noise</c> (1.0.3) and <c>denoise_latents</c> (1.5.4) are older
    /// than their 6.14 templates (1.1.0, 1.6.0), so the conversion first updates them as the UI does on load: the
    /// inputs 6.14 added get their template defaults. Those values, and only those, are sent but absent from the
    /// graph the 6.8-era server stored. The FLUX item converts to its stored graph unchanged.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Against_6_14_the_only_difference_is_the_node_update_defaults(Case c)
    {
        var item = WorkflowFiles.ReadJson(Path.Combine(WorkflowFiles.DataDirectory, c.File));
        var workflow = Workflow.FromJson(item.GetProperty("workflow"), NodeCatalog.Instance);

        var actual = WorkflowGraphJson.Of(workflow.ToGraph().Graph);

        var (differences, serverFilled) = Compare(item.GetProperty("session").GetProperty("graph"), actual, SchemaDefaults.Of("invokeai-6.14.openapi.json"));
        string[] expected = c.File.Contains("sdxl", StringComparison.Ordinal)
            ?
            [
                "noise:f4Bv4UWa22.noise_type: sent \"SD\", not stored",
                "denoise_latents:TRC0Y88EWe.hidiffusion: sent false, not stored",
                "denoise_latents:TRC0Y88EWe.hidiffusion_raunet: sent true, not stored",
                "denoise_latents:TRC0Y88EWe.hidiffusion_window_attn: sent true, not stored",
                "denoise_latents:TRC0Y88EWe.hidiffusion_t1_ratio: sent 0.4, not stored",
                "denoise_latents:TRC0Y88EWe.hidiffusion_t2_ratio: sent 0, not stored",
            ]
            : [];
        Assert.Equal(expected, differences);
        Assert.Equal(c.ServerFilled.Order(StringComparer.Ordinal), serverFilled.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Compares nodes by id (type, flags, values) and edges as a set; returns the differences and the stored fields the
    /// conversion did not send, each checked to hold the schema default.
    /// </summary>
    internal static (List<string> Differences, List<string> ServerFilled) Compare(JsonElement expected, JsonElement actual, SchemaDefaults defaults)
    {
        var differences = new List<string>();
        var serverFilled = new List<string>();
        var expectedNodes = expected.GetProperty("nodes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var actualNodes = actual.GetProperty("nodes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var connected = expected.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("destination").GetProperty("node_id").GetString()}.{e.GetProperty("destination").GetProperty("field").GetString()}")
            .ToHashSet(StringComparer.Ordinal);
        foreach (var id in expectedNodes.Keys.Except(actualNodes.Keys))
            differences.Add($"node '{id}' is missing");
        foreach (var id in actualNodes.Keys.Except(expectedNodes.Keys))
            differences.Add($"node '{id}' is extra");
        foreach (var (id, stored) in expectedNodes)
        {
            if (!actualNodes.TryGetValue(id, out var sent))
                continue;
            var type = stored.GetProperty("type").GetString()!;
            foreach (var attribute in (string[])["type", "is_intermediate", "use_cache"])
            {
                if (!JsonElement.DeepEquals(stored.GetProperty(attribute), sent.GetProperty(attribute)))
                    differences.Add($"{id}.{attribute}: stored {stored.GetProperty(attribute)}, sent {sent.GetProperty(attribute)}");
            }
            var storedFields = stored.EnumerateObject().Where(p => p.Name is not ("id" or "type" or "is_intermediate" or "use_cache")).ToDictionary(p => p.Name, p => p.Value);
            var sentFields = sent.EnumerateObject().Where(p => p.Name is not ("id" or "type" or "is_intermediate" or "use_cache")).ToDictionary(p => p.Name, p => p.Value);
            foreach (var (field, value) in sentFields)
            {
                if (!storedFields.TryGetValue(field, out var storedValue))
                    differences.Add($"{id}.{field}: sent {value.GetRawText()}, not stored");
                else if (!JsonElement.DeepEquals(storedValue, value))
                    differences.Add($"{id}.{field}: stored {storedValue.GetRawText()}, sent {value.GetRawText()}");
            }
            foreach (var (field, value) in storedFields.Where(f => !sentFields.ContainsKey(f.Key)))
            {
                var fallback = defaults.Default(type, field);
                if (fallback is null || !JsonElement.DeepEquals(fallback.Value, value))
                    differences.Add($"{id}.{field}: stored {value.GetRawText()}, not sent, and not the schema default {fallback?.GetRawText() ?? "(none)"}");
                serverFilled.Add($"{id}.{field} = {value.GetRawText()} ({(connected.Contains($"{id}.{field}") ? "connected" : "not saved")})");
            }
        }
        var expectedEdges = EdgeSet(expected);
        var actualEdges = EdgeSet(actual);
        foreach (var edge in expectedEdges.Except(actualEdges))
            differences.Add($"edge {edge} is missing");
        foreach (var edge in actualEdges.Except(expectedEdges))
            differences.Add($"edge {edge} is extra");
        if (expected.GetProperty("edges").GetArrayLength() != actual.GetProperty("edges").GetArrayLength())
            differences.Add("the edge counts differ");
        return (differences, serverFilled);
    }

    private static HashSet<string> EdgeSet(JsonElement graph) =>
        graph.GetProperty("edges").EnumerateArray().Select(e =>
            $"{e.GetProperty("source").GetProperty("node_id").GetString()}.{e.GetProperty("source").GetProperty("field").GetString()} -> "
            + $"{e.GetProperty("destination").GetProperty("node_id").GetString()}.{e.GetProperty("destination").GetProperty("field").GetString()}")
            .ToHashSet(StringComparer.Ordinal);
}
