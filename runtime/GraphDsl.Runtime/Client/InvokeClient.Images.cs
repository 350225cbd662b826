using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    /// <summary>Uploads an image (<c>POST /api/v1/images/upload</c>). Not retried: a lost answer may leave the image stored.</summary>
    /// <param name="content">The image bytes (PNG, JPEG, WebP…); read to the end, not disposed.</param>
    /// <param name="fileName">The file name sent with it; its extension picks the content type.</param>
    /// <param name="category">The image category.</param>
    /// <param name="isIntermediate">Whether the image is intermediate (hidden from the gallery).</param>
    /// <param name="boardId">The board to put it on, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <returns>The stored image; its <see cref="UploadedImage.ImageName"/> goes into an <c>ImageField</c>.</returns>
    /// <exception cref="InvokeException">415: not an image; 403/404: the board.</exception>
    public async Task<UploadedImage> UploadImageAsync(Stream content, string fileName, ImageCategory category = ImageCategory.User, bool isIntermediate = false, string? boardId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ThrowIfDisposed();
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        var query = $"api/v1/images/upload?image_category={category.ToString().ToLowerInvariant()}&is_intermediate={(isIntermediate ? "true" : "false")}"
            + (boardId is null ? "" : "&board_id=" + Uri.EscapeDataString(boardId));
        return await _http.SendAsync(
            () =>
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue(ContentTypeOf(fileName));
                var form = new MultipartFormDataContent { { file, "file", Path.GetFileName(fileName) } };
                return new HttpRequestMessage(HttpMethod.Post, query) { Content = form };
            },
            idempotent: false,
            $"Uploading {fileName}",
            static async (response, ct) =>
            {
                using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false));
                return UploadedImage.Read(doc.RootElement);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Uploads an image file (<c>POST /api/v1/images/upload</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="category">The image category.</param>
    /// <param name="isIntermediate">Whether the image is intermediate.</param>
    /// <param name="boardId">The board to put it on, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the upload.</param>
    /// <returns>The stored image.</returns>
    public async Task<UploadedImage> UploadImageAsync(string path, ImageCategory category = ImageCategory.User, bool isIntermediate = false, string? boardId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
            return await UploadImageAsync(file, Path.GetFileName(path), category, isIntermediate, boardId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads an image (<c>GET /api/v1/images/i/{name}/full</c>, or <c>/thumbnail</c>), retried on transient failures.</summary>
    /// <param name="imageName">The image's name.</param>
    /// <param name="thumbnail">Whether to fetch the WebP thumbnail instead of the full PNG.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    /// <returns>The image bytes.</returns>
    /// <exception cref="InvokeException">404: no such image; 403: not yours.</exception>
    public Task<byte[]> DownloadImageAsync(string imageName, bool thumbnail = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageName);
        ThrowIfDisposed();
        return _http.GetBytesAsync($"api/v1/images/i/{Uri.EscapeDataString(imageName)}/{(thumbnail ? "thumbnail" : "full")}", $"Downloading {imageName}", cancellationToken);
    }

    /// <summary>Downloads an image into a file.</summary>
    /// <param name="imageName">The image's name.</param>
    /// <param name="path">The file to write (replaced).</param>
    /// <param name="thumbnail">Whether to fetch the thumbnail.</param>
    /// <param name="cancellationToken">Stops the download.</param>
    public async Task DownloadImageAsync(string imageName, string path, bool thumbnail = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = await DownloadImageAsync(imageName, thumbnail, cancellationToken).ConfigureAwait(false);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        ".bmp" => "image/bmp",
        _ => "image/png",
    };
}
