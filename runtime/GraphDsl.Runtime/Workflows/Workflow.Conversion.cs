using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Workflows;

public sealed partial class Workflow
{
    /// <summary>The <c>origin</c> the UI gives batches enqueued from the workflow editor.</summary>
    public const string BatchOrigin = "workflows";

    /// <summary>The <c>destination</c> the UI gives them.</summary>
    public const string BatchDestination = "gallery";

    /// <summary>Converts the workflow, with its current values, to the graph and batch data the UI would enqueue.</summary>
    /// <param name="options">The UI state the conversion reads (auto-add board, graph id); <see langword="null"/> for the defaults.</param>
    /// <returns>The graph, the batch data and the list of what was left out.</returns>
    /// <exception cref="WorkflowException">
    /// The workflow does not fit the catalog, or a batch node's items cannot be computed here (a generator that needs the
    /// server: <c>image_generator</c> and the dynamic-prompt generators, which <c>InvokeClient.RunWorkflowAsync</c>
    /// resolves); every problem is listed.
    /// </exception>
    public WorkflowGraph ToGraph(WorkflowConversionOptions? options = null) => WorkflowConverter.Convert(Current(), Catalog, options);

    /// <summary>
    /// The batch the UI would enqueue: the converted graph and batch data, <see cref="WorkflowConversionOptions.Runs"/>,
    /// origin <c>workflows</c>, destination <c>gallery</c>, and the workflow itself (with its current values, without its
    /// <c>id</c>, as the UI embeds it).
    /// </summary>
    /// <param name="options">The UI state the conversion reads; <see langword="null"/> for the defaults.</param>
    /// <exception cref="WorkflowException">The workflow cannot be converted (see <see cref="ToGraph"/>).</exception>
    public Batch ToBatch(WorkflowConversionOptions? options = null) => CreateBatch(ToGraph(options), options);

    /// <summary>Converts, asking the server for the generator values only it can give.</summary>
    internal async Task<Batch> ToBatchAsync(WorkflowConversionOptions? options, IWorkflowServer server, CancellationToken cancellationToken)
    {
        var converted = await WorkflowConverter.ConvertAsync(Current(), Catalog, options, server, cancellationToken).ConfigureAwait(false);
        return CreateBatch(converted, options);
    }

    private Batch CreateBatch(WorkflowGraph converted, WorkflowConversionOptions? options)
    {
        var batch = new Batch(converted.Graph)
        {
            Runs = options?.Runs ?? 1,
            Origin = BatchOrigin,
            Destination = BatchDestination,
            Workflow = EmbeddedWorkflow(),
        };
        foreach (var group in converted.Data)
            batch.Data.Add(group);
        return batch;
    }

    /// <summary>
    /// The workflow as the batch carries it (the server's <c>WorkflowWithoutID</c>): without <c>id</c>, with every key
    /// the server requires (a missing text is empty).
    /// </summary>
    private JsonElement EmbeddedWorkflow()
    {
        var workflow = _document.DeepClone().AsObject();
        workflow.Remove("id");
        foreach (var key in (string[])["name", "author", "description", "version", "contact", "tags", "notes"])
        {
            if (workflow[key] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
                workflow[key] = "";
        }
        if (workflow["exposedFields"] is not JsonArray)
            workflow["exposedFields"] = new JsonArray();
        if (workflow["meta"] is JsonObject meta && meta["category"] is null)
            meta["category"] = "user";
        return JsonValues.ToElement(workflow);
    }
}
