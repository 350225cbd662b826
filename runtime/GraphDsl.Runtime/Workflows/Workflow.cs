using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Workflows;

/// <summary>
/// A workflow saved by InvokeAI's workflow editor (<c>meta.version</c> 2.x, 3.x or 4.x), converted to an executable
/// <see cref="Graph"/> and batch data exactly as the UI converts it when you press Invoke, with its exposed inputs
/// settable by name.
/// </summary>
/// <remarks>
/// <para>
/// The server executes graphs only; a saved workflow is the editor's document. <see cref="ToGraph"/> ports the UI's
/// <c>buildNodesGraph</c> and the batch-node grouping of <c>useEnqueueWorkflows</c>: notes, connectors, batch and
/// generator nodes are not executed; edges through connectors are flattened, collapsed and duplicate edges dropped;
/// inputs an edge feeds get no literal; board inputs follow the auto-add board; <c>use_cache</c> and
/// <c>is_intermediate</c> come from each node; batch nodes become <c>Batch.data</c> (ungrouped ones by cartesian
/// product, each <c>Group N</c> zipped). Nodes saved at an older version of their type are first updated as the UI
/// updates them on load. Everything left out is listed in <see cref="WorkflowGraph.Dropped"/>.
/// </para>
/// <para>
/// A workflow that does not fit the catalog (a node type it does not know, an input or output its template does not
/// have, an edge to a node that does not exist, a value of the wrong type) is not converted: <see cref="ToGraph"/>
/// throws a <see cref="WorkflowException"/> listing every problem, each with its node id and label. <see cref="Problems"/>
/// lists them without converting.
/// </para>
/// <para>
/// Generators are computed as the UI computes them. The seeded random distributions use the UI's Mersenne Twister
/// (npm <c>mtwist</c>), so they give the UI's values. Where the UI draws from <c>Math.random()</c> (an unseeded random
/// distribution) the values come from <see cref="WorkflowConversionOptions.Random"/>: the same distribution, not the same
/// numbers. The dynamic-prompt random generator without a seed sends the server the seed 0 or 1 (the UI's
/// <c>random()</c> from es-toolkit). <c>image_generator</c> and the dynamic-prompt generators need the server: use
/// <see cref="InvokeWorkflows.ToBatchAsync"/> or <c>InvokeClient.RunWorkflowAsync</c>.
/// </para>
/// <para>An instance is not safe for concurrent <see cref="Set(string, string)"/> calls; converting is read-only.</para>
/// </remarks>
/// <example>
/// <code>
/// var workflow = Workflow.Load("Text to Image - SDXL.json", InvokeAI.Nodes.NodeCatalog.Instance);
/// workflow.Set("Positive Prompt", "a red fox");
/// BatchRun run = await client.RunWorkflowAsync(workflow);
/// </code>
/// </example>
public sealed partial class Workflow
{
    private readonly JsonObject _document;
    private WorkflowDocument _state;

    private Workflow(JsonElement json, INodeCatalog catalog)
    {
        Json = json.Clone();
        Catalog = catalog;
        _state = WorkflowDocument.Load(Json, catalog);
        _document = JsonNode.Parse(Json.GetRawText())!.AsObject();
    }

    /// <summary>Reads a saved workflow file.</summary>
    /// <param name="path">The <c>.json</c> file, as the editor's "Save to file" writes it.</param>
    /// <param name="catalog">The node types of the server it will run on (e.g. <c>InvokeAI.Nodes.NodeCatalog.Instance</c>).</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="WorkflowException">The JSON is not a workflow, or it was saved in a format this reader does not know (e.g. a newer <c>meta.version</c>).</exception>
    public static Workflow Load(string path, INodeCatalog catalog)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), catalog);
    }

    /// <summary>Reads a saved workflow from JSON text.</summary>
    /// <param name="json">The workflow.</param>
    /// <param name="catalog">The node types of the server it will run on.</param>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="WorkflowException">The JSON is not a workflow, or it was saved in a format this reader does not know.</exception>
    public static Workflow Parse(string json, INodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement, catalog);
    }

    /// <summary>Reads a saved workflow, e.g. the <c>workflow</c> of <c>GET /api/v1/workflows/i/{id}</c> or of a queue item.</summary>
    /// <param name="workflow">The workflow object; it is copied.</param>
    /// <param name="catalog">The node types of the server it will run on.</param>
    /// <exception cref="WorkflowException">The JSON is not a workflow, or it was saved in a format this reader does not know.</exception>
    public static Workflow FromJson(JsonElement workflow, INodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new Workflow(workflow, catalog);
    }

    /// <summary>The workflow as it was loaded, before any <see cref="Set(string, string)"/>.</summary>
    public JsonElement Json { get; }

    /// <summary>The node types the workflow is converted against.</summary>
    public INodeCatalog Catalog { get; }

    /// <summary>The workflow's name.</summary>
    public string Name => _state.Name;

    /// <summary>Its description.</summary>
    public string Description => _state.Description;

    /// <summary>Its author.</summary>
    public string Author => _state.Author;

    /// <summary>Its own version (free text).</summary>
    public string Version => _state.Version;

    /// <summary>Its contact (free text).</summary>
    public string Contact => _state.Contact;

    /// <summary>Its tags, comma-separated as saved.</summary>
    public string Tags => _state.Tags;

    /// <summary>Its notes.</summary>
    public string Notes => _state.Notes;

    /// <summary>The format it was saved in (<c>meta.version</c>, e.g. <c>3.0.0</c>).</summary>
    public string MetaVersion => _state.MetaVersion;

    /// <summary><c>meta.category</c>: <c>user</c>, or <c>default</c> for InvokeAI's own workflows.</summary>
    public string Category => _state.Category;

    /// <summary>The server's workflow id, when the workflow came from its library; <see langword="null"/> for a file without one.</summary>
    public string? Id => _state.Id;

    /// <summary>Every node, in saved order.</summary>
    public IReadOnlyList<WorkflowNode> Nodes => [.. _state.Nodes.Select(n => n.ToPublic())];

    /// <summary>
    /// Every reason the workflow cannot be converted, each with its node id and label; empty when <see cref="ToGraph"/>
    /// can convert it (generators are only checked by <see cref="ToGraph"/>).
    /// </summary>
    public IReadOnlyList<WorkflowProblem> Problems => [.. _state.Problems];

    /// <summary>The workflow as it is now, with the values given by <see cref="Set(string, string)"/>, as JSON text.</summary>
    public string ToJson() => _document.ToJsonString();

    /// <summary>The workflow as it is now, as a JSON element.</summary>
    internal JsonElement Current() => JsonValues.ToElement(_document);

    private void Refresh() => _state = WorkflowDocument.Load(Current(), Catalog);
}
