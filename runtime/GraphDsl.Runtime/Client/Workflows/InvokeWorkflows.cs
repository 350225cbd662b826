using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Client.Http;

namespace GraphDsl.Workflows;

/// <summary>
/// The server's workflow library (<c>/api/v1/workflows</c>) and the conversions that need the server.
/// Get one from <see cref="InvokeClient.Workflows"/>.
/// </summary>
public sealed class InvokeWorkflows
{
    private readonly InvokeClient _client;
    private readonly InvokeHttp _http;

    internal InvokeWorkflows(InvokeClient client, InvokeHttp http)
    {
        _client = client;
        _http = http;
    }

    /// <summary>Reads a workflow of the server's library (<c>GET /api/v1/workflows/i/{id}</c>).</summary>
    /// <param name="workflowId">Its id, e.g. <c>default_5e8b008d-c697-45d0-8883-085a954c6ace</c>.</param>
    /// <param name="catalog">The node types to convert it against: those of this server's schema.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="WorkflowNotFoundException">The server has no workflow with that id.</exception>
    /// <exception cref="WorkflowException">The server's answer holds no workflow this reader can read.</exception>
    /// <exception cref="InvokeException">Another error answer (401/403, 5xx after retries).</exception>
    public async Task<Workflow> GetAsync(string workflowId, INodeCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workflowId);
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            using var doc = await _http.GetJsonAsync($"api/v1/workflows/i/{Uri.EscapeDataString(workflowId)}", $"Reading workflow {workflowId}", cancellationToken)
                .ConfigureAwait(false);
            if (!doc.RootElement.TryGetProperty("workflow", out var workflow))
                throw new WorkflowException(new WorkflowProblem(null, null, null, $"The server's answer for workflow '{workflowId}' has no 'workflow'."));
            return Workflow.FromJson(workflow, catalog);
        }
        catch (InvokeException e) when (e.StatusCode == HttpStatusCode.NotFound && e is not WorkflowNotFoundException)
        {
            throw new WorkflowNotFoundException(workflowId, e.ResponseBody, e);
        }
    }

    /// <summary>Lists the server's library (<c>GET /api/v1/workflows/</c>, every page), InvokeAI's default workflows included.</summary>
    /// <param name="cancellationToken">Stops the requests.</param>
    /// <exception cref="InvokeException">An error answer.</exception>
    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<WorkflowSummary>();
        for (var page = 0; ; page++)
        {
            using var doc = await _http.GetJsonAsync($"api/v1/workflows/?page={page}&per_page=100", "Listing workflows", cancellationToken).ConfigureAwait(false);
            var root = doc.RootElement;
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (JsonValues.StringProperty(item, "workflow_id") is { } id)
                    {
                        result.Add(new WorkflowSummary(id, JsonValues.StringProperty(item, "name") ?? "", JsonValues.StringProperty(item, "description"),
                            JsonValues.StringProperty(item, "category"), JsonValues.StringProperty(item, "tags")));
                    }
                }
            }
            var pages = root.TryGetProperty("pages", out var p) && p.TryGetInt32(out var n) ? n : 1;
            if (page + 1 >= pages || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
                return result;
        }
    }

    /// <summary>
    /// Converts a workflow to the batch the UI would enqueue (see <see cref="Workflow.ToBatch"/>), asking this server for
    /// what only it can give: the images of an <c>image_generator</c>'s board and the prompts of a dynamic-prompt
    /// string generator.
    /// </summary>
    /// <param name="workflow">The workflow, with its current values.</param>
    /// <param name="options">The UI state the conversion reads; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the requests.</param>
    /// <exception cref="WorkflowException">The workflow cannot be converted; every problem is listed.</exception>
    /// <exception cref="InvokeException">A request the conversion needs failed.</exception>
    public Task<Batch> ToBatchAsync(Workflow workflow, WorkflowConversionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.ToBatchAsync(options, new WorkflowServer(_http), cancellationToken);
    }

    /// <summary>The client these calls go through.</summary>
    public InvokeClient Client => _client;
}
