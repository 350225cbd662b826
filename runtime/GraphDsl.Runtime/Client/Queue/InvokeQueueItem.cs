using System.Text.Json;

namespace GraphDsl;

/// <summary>A queue item (<c>SessionQueueItem</c>) as the server reported it.</summary>
/// <remarks>The server omits null fields (<c>GET /i/{id}</c>), so every optional property may be <see langword="null"/>.</remarks>
public sealed class InvokeQueueItem
{
    private IReadOnlyList<NodeFieldValue>? _fieldValues;

    /// <summary>Wraps a queue item's JSON.</summary>
    /// <param name="json">The <c>SessionQueueItem</c> object; it is cloned.</param>
    /// <exception cref="JsonException">It has no <c>item_id</c>.</exception>
    public InvokeQueueItem(JsonElement json)
    {
        Json = json.Clone();
        if (Json.ValueKind != JsonValueKind.Object || !Json.TryGetProperty("item_id", out var id) || !id.TryGetInt64(out var itemId))
            throw new JsonException("A queue item needs an integer item_id.");
        ItemId = itemId;
        Status = InvokeQueueItemStatusExtensions.ParseStatus(String("status"));
        StatusSequence = Json.TryGetProperty("status_sequence", out var seq) && seq.TryGetInt64(out var s) ? s : null;
    }

    /// <summary>The whole item, as JSON.</summary>
    public JsonElement Json { get; }

    /// <summary>The item's id (<c>item_id</c>).</summary>
    public long ItemId { get; }

    /// <summary>The status (<c>status</c>).</summary>
    public InvokeQueueItemStatus Status { get; }

    /// <summary>The status write counter (<c>status_sequence</c>, 6.14), when present.</summary>
    public long? StatusSequence { get; }

    /// <summary>Whether the status is final.</summary>
    public bool IsTerminal => Status.IsTerminal();

    /// <summary>The batch it belongs to (<c>batch_id</c>).</summary>
    public string? BatchId => String("batch_id");

    /// <summary>The session id (<c>session_id</c>).</summary>
    public string? SessionId => String("session_id");

    /// <summary>The <c>origin</c> of its batch.</summary>
    public string? Origin => String("origin");

    /// <summary>The <c>destination</c> of its batch.</summary>
    public string? Destination => String("destination");

    /// <summary>The error class when failed (<c>error_type</c>).</summary>
    public string? ErrorType => String("error_type");

    /// <summary>The error message when failed (<c>error_message</c>).</summary>
    public string? ErrorMessage => String("error_message");

    /// <summary>The Python traceback when failed (<c>error_traceback</c>).</summary>
    public string? ErrorTraceback => String("error_traceback");

    /// <summary>The batch values substituted into this item's graph (<c>field_values</c>), in group order.</summary>
    public IReadOnlyList<NodeFieldValue> FieldValues => _fieldValues ??= ReadFieldValues();

    /// <summary>The session (<c>GraphExecutionState</c>), when present.</summary>
    public JsonElement? Session => Json.TryGetProperty("session", out var s) && s.ValueKind == JsonValueKind.Object ? s : null;

    /// <summary>
    /// The source id of the node that failed: the key of <c>session.errors</c> mapped through
    /// <c>prepared_source_mapping</c>; <see langword="null"/> when there is none.
    /// </summary>
    public string? FailedNodeId
    {
        get
        {
            if (Session is not { } session || !session.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
                return null;
            foreach (var error in errors.EnumerateObject())
            {
                if (session.TryGetProperty("prepared_source_mapping", out var map) && map.ValueKind == JsonValueKind.Object
                    && map.TryGetProperty(error.Name, out var source) && source.ValueKind == JsonValueKind.String)
                    return source.GetString();
                return error.Name;
            }
            return null;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"queue item {ItemId} ({Status})";

    private string? String(string name) =>
        Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private List<NodeFieldValue> ReadFieldValues()
    {
        var list = new List<NodeFieldValue>();
        if (!Json.TryGetProperty("field_values", out var values) || values.ValueKind != JsonValueKind.Array)
            return list;
        foreach (var v in values.EnumerateArray())
        {
            if (v.TryGetProperty("node_path", out var path) && v.TryGetProperty("field_name", out var field) && v.TryGetProperty("value", out var value))
                list.Add(new NodeFieldValue(path.GetString() ?? "", field.GetString() ?? "", value.Clone()));
        }
        return list;
    }
}
