using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphDsl.Emulator.Api;

/// <summary>
/// <c>/api/v1/images</c> (InvokeAI <c>routers/images.py</c>): <c>POST /upload</c>, <c>GET /i/{name}</c>,
/// <c>GET|HEAD /i/{name}/full</c>, <c>GET /i/{name}/thumbnail</c>, <c>GET /i/{name}/urls</c>.
/// Needs <see cref="AuthService"/> and <see cref="IImageStore"/> in DI.
/// </summary>
/// <remarks>
/// Differences from InvokeAI: only PNG uploads are accepted (any other image gives 415 "Failed to read image", since the
/// emulator does not convert images); <c>resize_to</c> is validated exactly (400 otherwise) but the image is stored at its
/// uploaded size; <c>crop_visible</c> and <c>metadata</c> are accepted and ignored; <c>board_id</c> is recorded without a
/// board check; thumbnails are solid-grey WebPs of the right size (see <see cref="WebpThumbnail"/>).
/// </remarks>
public static class ImageEndpoints
{
    /// <summary>The upload's <c>image_category</c> values (<c>ImageCategory</c>).</summary>
    internal static readonly string[] Categories = ["general", "mask", "control", "user", "other"];

    /// <summary>Maps the image endpoints.</summary>
    /// <param name="app">The route builder.</param>
    public static void MapImageEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/v1/images/upload", UploadAsync);
        app.MapGet("/api/v1/images/i/{image_name}", GetDto);
        app.MapMethods("/api/v1/images/i/{image_name}/full", [HttpMethods.Get, HttpMethods.Head], GetFull);
        app.MapGet("/api/v1/images/i/{image_name}/thumbnail", GetThumbnail);
        app.MapGet("/api/v1/images/i/{image_name}/urls", GetUrls);
    }

    private static async Task<IResult> UploadAsync(HttpContext context, AuthService auth, IImageStore store, CancellationToken cancellationToken)
    {
        var user = auth.Authenticate(context.Request);
        if (user.User is null)
        {
            return HttpErrors.FromAuth(user);
        }

        var errors = new List<FastApiError>();
        var query = context.Request.Query;
        var category = FastApiQuery.Enum(query, "image_category", Categories, required: true, errors);
        var isIntermediate = FastApiQuery.Bool(query, "is_intermediate", required: true, errors);
        var boardId = FastApiQuery.Single(query, "board_id");
        var sessionId = FastApiQuery.Single(query, "session_id");
        FastApiQuery.Bool(query, "crop_visible", required: false, errors);

        IFormCollection form;
        try
        {
            form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        }
        catch (InvalidDataException)
        {
            return HttpErrors.Detail(400, "There was an error parsing the body");
        }

        var file = form.Files.GetFile("file");
        if (file is null)
        {
            errors.Add(form.TryGetValue("file", out var text)
                ? new FastApiError("value_error", ["body", "file"], "Value error, Expected UploadFile, received: <class 'str'>", text.ToString(), new JsonObject { ["error"] = new JsonObject() })
                : FastApiError.Missing("body", "file"));
        }

        if (errors.Count > 0)
        {
            return HttpErrors.Validation(errors);
        }

        if (file!.ContentType is not { } contentType || !contentType.StartsWith("image", StringComparison.Ordinal))
        {
            return HttpErrors.Detail(415, "Not an image");
        }

        byte[] contents;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, cancellationToken);
            contents = buffer.ToArray();
        }

        if (!PngInfo.TryReadSize(contents, out var width, out var height))
        {
            return HttpErrors.Detail(415, "Failed to read image");
        }

        if (form.TryGetValue("resize_to", out var resizeTo) && resizeTo.ToString() is { Length: > 0 } resizeText && !IsValidResizeTo(resizeText))
        {
            return HttpErrors.Detail(400, "Invalid resize_to format or size");
        }

        var record = store.Add(contents, width, height, "external", category!, isIntermediate!.Value, sessionId, null, boardId, user.User.UserId);
        var dto = ImageJson.ToDto(record);
        context.Response.Headers.Location = ImageJson.FullUrl(record.ImageName);
        return HttpErrors.Json(dto, StatusCodes.Status201Created);
    }

    private static IResult GetDto(string image_name, HttpContext context, AuthService auth, IImageStore store)
    {
        var (record, error) = Lookup(image_name, auth.Authenticate(context.Request), store);
        return error ?? HttpErrors.Json(ImageJson.ToDto(record!));
    }

    private static IResult GetFull(string image_name, HttpContext context, AuthService auth, IImageStore store)
    {
        var (record, error) = Lookup(image_name, auth.AuthenticateMedia(context.Request), store);
        if (error is not null)
        {
            return error;
        }

        var png = store.ReadPng(record!.ImageName);
        if (png is null)
        {
            return NotFound();
        }

        context.Response.Headers.CacheControl = CacheControl(auth);
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{record.ImageName}\"";
        return Results.Bytes(png, "image/png");
    }

    private static IResult GetThumbnail(string image_name, HttpContext context, AuthService auth, IImageStore store)
    {
        var (record, error) = Lookup(image_name, auth.AuthenticateMedia(context.Request), store);
        if (error is not null)
        {
            return error;
        }

        context.Response.Headers.CacheControl = CacheControl(auth);
        return Results.Bytes(WebpThumbnail.For(record!.Width, record.Height), "image/webp");
    }

    private static IResult GetUrls(string image_name, HttpContext context, AuthService auth, IImageStore store)
    {
        var (record, error) = Lookup(image_name, auth.Authenticate(context.Request), store);
        return error ?? HttpErrors.Json(ImageJson.ToUrls(record!.ImageName));
    }

    /// <summary>Authentication, then <c>assert_image_read_access</c> (admin or owner, else 403 — also for a missing image),
    /// then 404 for a missing image.</summary>
    private static (ImageRecord? Record, IResult? Error) Lookup(string imageName, AuthResult auth, IImageStore store)
    {
        if (auth.User is null)
        {
            return (null, HttpErrors.FromAuth(auth));
        }

        var record = store.Find(imageName);
        if (!auth.User.IsAdmin && (record is null || record.UserId != auth.User.UserId))
        {
            return (null, HttpErrors.Detail(403, "Not authorized to access this image"));
        }

        return record is null ? (null, NotFound()) : (record, null);
    }

    private static IResult NotFound() => HttpErrors.Detail(404, "Not Found");

    private static string CacheControl(AuthService auth) => auth.MultiUser ? "private, no-store" : "max-age=31536000";

    /// <summary><c>ResizeToDimensions(**json.loads(resize_to))</c>: a JSON object with positive integer <c>width</c> and
    /// <c>height</c> (lax: integral floats and numeric strings pass) whose product is at most 4096².</summary>
    internal static bool IsValidResizeTo(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject obj || LaxInt(obj["width"]) is not { } width || LaxInt(obj["height"]) is not { } height)
            {
                return false;
            }

            return width > 0 && height > 0 && width * height <= 4096L * 4096L;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static long? LaxInt(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                var number = value.GetValue<double>();
                return number == Math.Floor(number) && Math.Abs(number) < 1e15 ? (long)number : null;
            case JsonValueKind.String:
                return long.TryParse(value.GetValue<string>().Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                return null;
        }
    }
}
