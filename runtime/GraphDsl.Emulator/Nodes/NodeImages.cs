using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;

namespace GraphDsl.Emulator.Nodes;

/// <summary>Images nodes make: their size, their PNG, their record in the image store, and progress previews.</summary>
internal static class NodeImages
{
    private const int DefaultSize = 512;
    private const int MaxSize = 4096;

    /// <summary>The node's <c>width</c>/<c>height</c> inputs, else an input image's or tensor's size, else 512×512.</summary>
    public static (int Width, int Height) SizeOf(NodeContext context)
    {
        var width = context.Int("width");
        var height = context.Int("height");
        if (width > 0 && height > 0)
            return (Clamp(width), Clamp(height));
        // Tensors first (a denoiser's size is its latents'), then images, then anything else with a name.
        foreach (var key in (string[])["latents_name", "image_name", ""])
        {
            foreach (var (_, value) in context.Node)
            {
                foreach (var name in NamesIn(value, key))
                {
                    if (context.Images.Find(name) is { } image)
                        return (image.Width, image.Height);
                    if (context.State.TryGetSize(name, out var size))
                        return size;
                }
            }
        }
        return (DefaultSize, DefaultSize);
    }

    /// <summary>Stores a gradient PNG of the given size as the node's image; returns its name.</summary>
    public static string Create(NodeContext context, int width, int height)
    {
        var png = PngEncoder.Gradient(width, height, context.PreparedId.GetHashCode(StringComparison.Ordinal));
        var category = CategoryOf(context);
        var board = context.Value("board") is JsonObject b && (string?)b["board_id"] is { } id ? id : context.Run.BoardId;
        var record = context.Images.Add(png, width, height, "internal", category, context.IsIntermediate, context.Run.SessionId, context.PreparedId, board, context.Run.UserId);
        context.State.RecordSize(record.ImageName, width, height);
        return record.ImageName;
    }

    /// <summary>A small PNG preview (1/8 of the size, at most 64 px a side) as a data URL, displayed at the full size.</summary>
    public static ProgressImage Preview(int width, int height, int step)
    {
        var previewWidth = Math.Clamp(width / 8, 1, 64);
        var previewHeight = Math.Clamp(height / 8, 1, 64);
        var png = PngEncoder.Gradient(previewWidth, previewHeight, step * 37);
        return new ProgressImage(width, height, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    private static string CategoryOf(NodeContext context)
    {
        var schemaName = context.Template?.SchemaName;
        if (schemaName is not null
            && context.Schema.Components.TryGetProperty(schemaName, out var schema)
            && schema.TryGetProperty("category", out var category)
            && category.ValueKind == JsonValueKind.String
            && category.GetString() == "controlnet_preprocessors")
        {
            return "control";
        }
        return context.Type.Contains("mask", StringComparison.Ordinal) ? "mask" : "general";
    }

    private static int Clamp(long value) => (int)Math.Clamp(value, 1, MaxSize);

    private static System.Collections.Generic.IEnumerable<string> NamesIn(JsonNode? value, string key)
    {
        if (value is not JsonObject obj)
            return [];
        return obj.Where(p => (key.Length == 0 ? p.Key.EndsWith("_name", StringComparison.Ordinal) : p.Key == key) && p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            .Select(p => (string)p.Value!);
    }
}
