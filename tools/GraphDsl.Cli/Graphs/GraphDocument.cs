using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Cli.Graphs;

/// <summary>A graph file as the verbs use it: a graph, a batch or an <c>enqueue_batch</c> body, always seen as a body.</summary>
internal sealed class GraphDocument
{
    private GraphDocument(string path, GraphDocumentKind kind, JsonObject body)
    {
        Path = path;
        Kind = kind;
        Body = body;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>What the file holds.</summary>
    public GraphDocumentKind Kind { get; }

    /// <summary>The file as an <c>enqueue_batch</c> body (a graph is wrapped as <c>{"batch": {"graph": …}}</c>).</summary>
    public JsonObject Body { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The file cannot be read, is not JSON (with line and column), or is not a JSON object.</exception>
    public static async Task<GraphDocument> LoadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {exception.Message}", exception);
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $"({line + 1},{exception.BytePositionInLine + 1 ?? 1})" : "";
            throw new CliException($"{path}{where}: not valid JSON: {FirstSentence(exception.Message)}", exception);
        }

        if (root is not JsonObject json)
            throw new CliException($"{path}: expected a graph, a batch or an enqueue_batch body (a JSON object), found {root?.GetValueKind().ToString() ?? "null"}.");

        if (json.ContainsKey("batch"))
            return new GraphDocument(path, GraphDocumentKind.EnqueueBody, json);
        if (json.ContainsKey("graph"))
            return new GraphDocument(path, GraphDocumentKind.Batch, new JsonObject { ["batch"] = json });
        return new GraphDocument(path, GraphDocumentKind.Graph, new JsonObject { ["batch"] = new JsonObject { ["graph"] = json } });
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
