using System.Text.Json;

namespace GraphDsl;

/// <summary>
/// An image stored on the server (<c>ImageDTO</c>). Pass <see cref="ImageName"/> to the generated <c>ImageField</c>
/// (<c>new ImageField { ImageName = image.ImageName }</c>) to use it in a graph.
/// </summary>
/// <param name="ImageName">The server's name of the image (<c>image_name</c>).</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="BoardId">The board it is on, if any.</param>
/// <param name="Json">The whole <c>ImageDTO</c>.</param>
public sealed record UploadedImage(string ImageName, int Width, int Height, string? BoardId, JsonElement Json)
{
    internal static UploadedImage Read(JsonElement dto)
    {
        var name = dto.TryGetProperty("image_name", out var n) ? n.GetString() : null;
        if (string.IsNullOrEmpty(name))
            throw new JsonException("An ImageDTO needs an image_name.");
        return new UploadedImage(
            name,
            dto.TryGetProperty("width", out var w) && w.TryGetInt32(out var wi) ? wi : 0,
            dto.TryGetProperty("height", out var h) && h.TryGetInt32(out var hi) ? hi : 0,
            dto.TryGetProperty("board_id", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null,
            dto.Clone());
    }
}
