using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl;
using GraphDsl.Client.Tests.Client;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Workflows;
using GraphDsl.Workflows;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Workflows;

/// <summary>InvokeAI's default workflows, read from the emulator's library and run with <see cref="InvokeClient.RunWorkflowAsync(Workflow, IProgress{InvokeProgress}?, CancellationToken)"/>.</summary>
public sealed class RunWorkflowTests
{
    /// <summary>The two defaults with <c>canny_image_processor</c>, a node type 6.14 no longer has.</summary>
    private static readonly Dictionary<string, string> ObsoleteCanny = new()
    {
        ["default_686bb1d0-d086-4c70-9fa3-2f600b922023"] = "1d887701-df21-4966-ae6e-a7d82307d7bd",
        ["default_dec5a2e9-f59c-40d9-8869-a056751d79b8"] = "8fe598c6-d447-44fa-a165-4975af77d080",
    };

    public static TheoryData<string> DefaultIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in new WorkflowLibrary(TimeProvider.System).Ids)
            data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultIds))]
    public async Task Every_default_workflow_runs_to_completed(string workflowId)
    {
        await using var server = await InvokeEmulator.StartAsync();
        await using var client = new InvokeClient(server.BaseAddress);
        var workflow = await client.Workflows.GetAsync(workflowId, NodeCatalog.Instance).WaitAsync(TestGraphs.Limit);
        if (ObsoleteCanny.TryGetValue(workflowId, out var cannyNode))
        {
            // InvokeAI's UI cannot run these on 6.14 either (missing template). Replace the node as a user would in
            // the editor: canny_edge_detection takes the same image and thresholds, without the two resolutions (so
            // the edges into those go too).
            Assert.Equal(cannyNode, Assert.Single(Assert.Throws<WorkflowException>(() => workflow.ToGraph()).Problems).NodeId);
            workflow = ReplaceCanny(workflow, cannyNode);
        }
        await WorkflowInputsForRun.ProvideAsync(client, workflow);

        var runs = await client.RunWorkflowAsync(workflow).WaitAsync(TestGraphs.Limit);

        var run = Assert.Single(runs);
        Assert.Equal(InvokeQueueItemStatus.Completed, run.Item.Status);
        // Every executed node has a result, except those under an iterate node: the emulator's placeholder lists
        // (prompt_from_file, calculate_image_tiles) are empty, so the iterations run zero times.
        var graph = workflow.ToGraph().Graph;
        var iterators = graph.Nodes.Where(n => n.Type == "iterate").Select(n => n.Id!).ToList();
        var iterated = Downstream(graph, iterators);
        iterated.UnionWith(iterators);
        var executed = graph.Nodes.Select(n => n.Id!).Where(id => !iterated.Contains(id)).ToList();
        Assert.All(executed, id => Assert.NotEmpty(run.RawOutputs(id)));
    }

    [Fact]
    public async Task GetAsync_reads_a_default_workflow_as_the_library_holds_it()
    {
        await using var server = await InvokeEmulator.StartAsync();
        await using var client = new InvokeClient(server.BaseAddress, new InvokeClientOptions { UseSocket = false });
        const string id = "default_5e8b008d-c697-45d0-8883-085a954c6ace";

        var workflow = await client.Workflows.GetAsync(id, NodeCatalog.Instance).WaitAsync(TestGraphs.Limit);

        var library = new WorkflowLibrary(TimeProvider.System).GetWorkflow(id)!;
        Assert.Equal("Text to Image - SDXL", workflow.Name);
        Assert.Equal("default", workflow.Category);
        Assert.Equal("3.0.0", workflow.MetaVersion);
        Assert.True(JsonNode.DeepEquals(library, JsonNode.Parse(workflow.Json.GetRawText())));
        Assert.Equal(["Positive Prompt", "Negative Prompt", "30d3289c-773c-4152-a9d2-bd8a99c8fd22.model", "VAE (use the FP16 model)", "63e91020-83b2-4f35-b174-ad9692aabb48.board"],
            workflow.Inputs.Select(i => i.Name));
    }

    [Fact]
    public async Task ListAsync_lists_the_library()
    {
        await using var server = await InvokeEmulator.StartAsync();
        await using var client = new InvokeClient(server.BaseAddress, new InvokeClientOptions { UseSocket = false });

        var list = await client.Workflows.ListAsync().WaitAsync(TestGraphs.Limit);

        Assert.Equal(new WorkflowLibrary(TimeProvider.System).Ids.Order(StringComparer.Ordinal), list.Select(w => w.WorkflowId).Order(StringComparer.Ordinal));
        Assert.Contains(list, w => w is { Name: "Text to Image - SDXL", Category: "default" });
    }

    [Fact]
    public async Task An_unknown_workflow_id_is_a_WorkflowNotFoundException()
    {
        await using var server = await InvokeEmulator.StartAsync();
        await using var client = new InvokeClient(server.BaseAddress, new InvokeClientOptions { UseSocket = false });

        var error = await Assert.ThrowsAsync<WorkflowNotFoundException>(() => client.Workflows.GetAsync("default_nope", NodeCatalog.Instance).WaitAsync(TestGraphs.Limit));

        Assert.Equal("default_nope", error.WorkflowId);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("no workflow 'default_nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_reports_progress_and_gives_results_by_node_id_and_images()
    {
        // Slow denoising steps, so the socket's progress events arrive while the item runs.
        var options = new EmulatorOptions { ProgressSteps = 4 };
        options.Faults.ProgressStepDelay = TimeSpan.FromMilliseconds(50);
        await using var server = await InvokeEmulator.StartAsync(options);
        await using var client = new InvokeClient(server.BaseAddress);
        var workflow = await client.Workflows.GetAsync("default_5e8b008d-c697-45d0-8883-085a954c6ace", NodeCatalog.Instance).WaitAsync(TestGraphs.Limit);
        await WorkflowInputsForRun.ProvideAsync(client, workflow);
        workflow.Set("Positive Prompt", "a red fox");
        var progress = new RecordingProgress();

        var run = Assert.Single(await client.RunWorkflowAsync(workflow, progress).WaitAsync(TestGraphs.Limit));

        Assert.Contains(progress.Reports, p => p is { Kind: InvokeProgressKind.NodeProgress, NodeId: "50a36525-3c0a-4cc5-977c-e4bfc3fd6dfb" });
        Assert.Contains(progress.Reports, p => p is { Kind: InvokeProgressKind.NodeCompleted, NodeId: "63e91020-83b2-4f35-b174-ad9692aabb48" });
        Assert.Contains(progress.Reports, p => p is { Kind: InvokeProgressKind.StatusChanged, Status: InvokeQueueItemStatus.Completed });
        Assert.Equal("a red fox", run.RawOutput("ade2c0d3-0384-4157-b39b-29ce429cfa15").GetProperty("value").GetString());
        var imageName = run.RawOutput("63e91020-83b2-4f35-b174-ad9692aabb48").GetProperty("image").GetProperty("image_name").GetString()!;
        Assert.NotEmpty(await client.DownloadImageAsync(imageName).WaitAsync(TestGraphs.Limit));
        Assert.Equal("workflows", run.Item.Origin);
    }

    [Fact]
    public async Task A_workflow_with_batch_nodes_runs_one_item_per_combination()
    {
        await using var server = await InvokeEmulator.StartAsync();
        await using var client = new InvokeClient(server.BaseAddress);
        var json = """
            {"name": "batch", "author": "", "description": "", "version": "", "contact": "", "tags": "", "notes": "", "exposedFields": [],
             "meta": {"version": "4.0.0", "category": "user"},
             "nodes": [
               {"id": "xs", "type": "invocation", "data": {"id": "xs", "type": "integer_batch", "version": "1.0.0", "label": "", "notes": "", "isOpen": true, "isIntermediate": true, "useCache": true,
                 "inputs": {"batch_group_id": {"name": "batch_group_id", "label": "", "value": "None"}, "integers": {"name": "integers", "label": "", "value": [1, 2]}}}},
               {"id": "ys", "type": "invocation", "data": {"id": "ys", "type": "integer_batch", "version": "1.0.0", "label": "", "notes": "", "isOpen": true, "isIntermediate": true, "useCache": true,
                 "inputs": {"batch_group_id": {"name": "batch_group_id", "label": "", "value": "None"}, "integers": {"name": "integers", "label": "", "value": [10, 20, 30]}}}},
               {"id": "add", "type": "invocation", "data": {"id": "add", "type": "add", "version": "1.0.1", "label": "", "notes": "", "isOpen": true, "isIntermediate": true, "useCache": false,
                 "inputs": {"a": {"name": "a", "label": "", "value": 0}, "b": {"name": "b", "label": "", "value": 0}}}}
             ],
             "edges": [
               {"id": "e1", "type": "default", "source": "xs", "sourceHandle": "value", "target": "add", "targetHandle": "a"},
               {"id": "e2", "type": "default", "source": "ys", "sourceHandle": "value", "target": "add", "targetHandle": "b"}
             ]}
            """;
        var workflow = Workflow.Parse(json, NodeCatalog.Instance);

        var runs = await client.RunWorkflowAsync(workflow, new WorkflowConversionOptions { Runs = 2 }).WaitAsync(TestGraphs.Limit);

        Assert.Equal([11, 21, 31, 12, 22, 32, 11, 21, 31, 12, 22, 32], runs.Select(r => r.RawOutput("add").GetProperty("value").GetInt64()));
    }

    private static HashSet<string> Downstream(Graph graph, IEnumerable<string> roots)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(graph.Edges.Where(e => roots.Contains(e.Source.NodeId)).Select(e => e.Destination.NodeId));
        while (pending.TryDequeue(out var id))
        {
            if (found.Add(id))
            {
                foreach (var edge in graph.Edges.Where(e => e.Source.NodeId == id))
                    pending.Enqueue(edge.Destination.NodeId);
            }
        }
        return found;
    }

    private static Workflow ReplaceCanny(Workflow workflow, string nodeId)
    {
        var json = JsonNode.Parse(workflow.ToJson())!.AsObject();
        var node = json["nodes"]!.AsArray().Single(n => (string?)n!["id"] == nodeId)!;
        var data = node["data"]!.AsObject();
        data["type"] = "canny_edge_detection";
        data["version"] = NodeCatalog.Instance.Find("canny_edge_detection")!.Version;
        var inputs = data["inputs"]!.AsObject();
        inputs.Remove("detect_resolution");
        inputs.Remove("image_resolution");
        var edges = json["edges"]!.AsArray();
        foreach (var edge in edges.Where(e => (string?)e!["target"] == nodeId && (string?)e["targetHandle"] is "detect_resolution" or "image_resolution").ToList())
            edges.Remove(edge);
        return Workflow.Parse(json.ToJsonString(), NodeCatalog.Instance);
    }
}
