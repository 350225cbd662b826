using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Images;

/// <summary>The JSON shapes of images: <c>ImageDTO</c> and <c>ImageUrlsDTO</c>, with InvokeAI's relative URLs.</summary>
internal static class ImageJson
{
    /// <summary><c>api/v1/images/i/&lt;name&gt;/full</c> (relative, no leading slash, as <c>LocalUrlService</c> makes it).</summary>
    public static string FullUrl(string imageName) => $"api/v1/images/i/{imageName}/full";

    /// <summary><c>api/v1/images/i/&lt;name&gt;/thumbnail</c>.</summary>
    public static string ThumbnailUrl(string imageName) => $"api/v1/images/i/{imageName}/thumbnail";

    /// <summary>The <c>ImageDTO</c> of <paramref name="record"/> (never starred, no workflow, flat storage).</summary>
    public static JsonObject ToDto(ImageRecord record) => new()
    {
        ["image_name"] = record.ImageName,
        ["image_url"] = FullUrl(record.ImageName),
        ["thumbnail_url"] = ThumbnailUrl(record.ImageName),
        ["image_origin"] = record.ImageOrigin,
        ["image_category"] = record.ImageCategory,
        ["width"] = record.Width,
        ["height"] = record.Height,
        ["created_at"] = record.CreatedAt,
        ["updated_at"] = record.CreatedAt,
        ["deleted_at"] = null,
        ["is_intermediate"] = record.IsIntermediate,
        ["session_id"] = record.SessionId,
        ["node_id"] = record.NodeId,
        ["starred"] = false,
        ["has_workflow"] = false,
        ["image_subfolder"] = "",
        ["board_id"] = record.BoardId,
    };

    /// <summary>The <c>ImageUrlsDTO</c> of <paramref name="imageName"/>.</summary>
    public static JsonObject ToUrls(string imageName) => new()
    {
        ["image_name"] = imageName,
        ["image_url"] = FullUrl(imageName),
        ["thumbnail_url"] = ThumbnailUrl(imageName),
    };
}
