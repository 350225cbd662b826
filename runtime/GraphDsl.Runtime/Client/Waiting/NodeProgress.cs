using System.Text.Json;

namespace GraphDsl.Client.Waiting;

/// <summary>Reads an <c>invocation_*</c> event into an <see cref="InvokeProgress"/>.</summary>
internal static class NodeProgress
{
    public static InvokeProgress From(string? eventName, long itemId, JsonElement payload)
    {
        var kind = eventName switch
        {
            "invocation_started" => InvokeProgressKind.NodeStarted,
            "invocation_complete" => InvokeProgressKind.NodeCompleted,
            "invocation_error" => InvokeProgressKind.NodeError,
            _ => InvokeProgressKind.NodeProgress,
        };
        string? nodeType = null;
        if (payload.TryGetProperty("invocation", out var invocation) && invocation.ValueKind == JsonValueKind.Object)
            nodeType = Str(invocation, "type");
        InvokePreviewImage? image = null;
        if (payload.TryGetProperty("image", out var img) && img.ValueKind == JsonValueKind.Object && Str(img, "dataURL") is { } url)
            image = new InvokePreviewImage(Int(img, "width"), Int(img, "height"), url);
        double? percentage = payload.TryGetProperty("percentage", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null;
        return new InvokeProgress(
            kind,
            itemId,
            InvokeQueueItemStatus.InProgress,
            Str(payload, "invocation_source_id"),
            nodeType,
            percentage,
            kind == InvokeProgressKind.NodeError ? Str(payload, "error_message") : Str(payload, "message"),
            image,
            Str(payload, "error_type"));
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : 0;
}
