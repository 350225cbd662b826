using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Client.Http;

namespace GraphDsl.Workflows;

/// <summary>The server calls the UI makes to resolve generator nodes, through the client's HTTP layer.</summary>
internal sealed class WorkflowServer : IWorkflowServer
{
    private readonly InvokeHttp _http;

    public WorkflowServer(InvokeHttp http)
    {
        _http = http;
    }

    /// <summary><c>GET /api/v1/boards/{board_id}/image_names?categories=…&amp;is_intermediate=false</c>, as <c>listAllImageNamesForBoard</c> asks it.</summary>
    public async Task<IReadOnlyList<string>> ListBoardImageNamesAsync(string boardId, IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        var query = new StringBuilder("api/v1/boards/").Append(Uri.EscapeDataString(boardId)).Append("/image_names?");
        foreach (var category in categories)
            query.Append("categories=").Append(Uri.EscapeDataString(category)).Append('&');
        query.Append("is_intermediate=false");
        using var doc = await _http.GetJsonAsync(query.ToString(), $"Listing the images of board {boardId}", cancellationToken).ConfigureAwait(false);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
            throw new InvokeException($"Listing the images of board {boardId}: the server did not answer a list.");
        return [.. doc.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
    }

    /// <summary><c>POST /api/v1/utilities/dynamicprompts</c> with <c>{prompt, max_prompts, combinatorial, seed}</c>.</summary>
    public async Task<(IReadOnlyList<string> Prompts, string? Error)> DynamicPromptsAsync(string prompt, long maxPrompts, bool combinatorial, long? seed, CancellationToken cancellationToken)
    {
        var body = JsonValues.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("prompt", prompt);
            w.WriteNumber("max_prompts", maxPrompts);
            w.WriteBoolean("combinatorial", combinatorial);
            if (seed is { } s)
                w.WriteNumber("seed", s);
            w.WriteEndObject();
        });
        using var doc = await _http.SendJsonOnceAsync(HttpMethod.Post, "api/v1/utilities/dynamicprompts", Encoding.UTF8.GetBytes(body.GetRawText()),
            "Expanding a dynamic prompt", cancellationToken).ConfigureAwait(false);
        var root = doc.RootElement;
        var prompts = root.TryGetProperty("prompts", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
        return (prompts, JsonValues.StringProperty(root, "error"));
    }
}
