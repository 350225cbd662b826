using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Client.Queue;

/// <summary>The enqueue body with the client's batch id, and the parse of <c>EnqueueBatchResult</c>.</summary>
internal static class EnqueueWire
{
    /// <summary>The <c>enqueue_batch</c> body of <paramref name="batch"/>, with <c>batch_id</c> = <paramref name="batchId"/>.</summary>
    public static byte[] Body(Batch batch, string batchId, string? defaultOrigin)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            batch.WriteEnqueueRequest(writer); // validates the batch first
        var root = JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
        var wireBatch = root["batch"]!.AsObject();
        wireBatch["batch_id"] = batchId;
        if (batch.Origin is null && defaultOrigin is not null)
            wireBatch["origin"] = defaultOrigin;
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
            root.WriteTo(writer);
        return output.WrittenSpan.ToArray();
    }

    public static EnqueueResult ParseResult(JsonElement root, string batchId)
    {
        var ids = root.TryGetProperty("item_ids", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(i => i.GetInt64()).Order().ToList()
            : [];
        return new EnqueueResult(
            batchId,
            ids,
            Int(root, "enqueued") ?? ids.Count,
            Int(root, "requested") ?? ids.Count,
            Int(root, "priority") ?? 0);
    }

    public static BatchStatus ParseStatus(JsonElement root, string batchId) => new(
        batchId,
        Int(root, "pending") ?? 0,
        Int(root, "in_progress") ?? 0,
        Int(root, "waiting") ?? 0,
        Int(root, "completed") ?? 0,
        Int(root, "failed") ?? 0,
        Int(root, "canceled") ?? 0,
        Int(root, "total") ?? 0);

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : null;
}
