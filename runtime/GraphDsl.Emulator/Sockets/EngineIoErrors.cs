using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace GraphDsl.Emulator.Sockets;

/// <summary>Engine.IO's HTTP 400 error bodies: <c>{"code":n,"message":"…"}</c>.</summary>
internal static class EngineIoErrors
{
    /// <summary>An unknown or missing <c>transport</c>.</summary>
    public static Task TransportUnknownAsync(HttpContext context) => WriteAsync(context, 0, "Transport unknown");

    /// <summary>An unknown <c>sid</c>.</summary>
    public static Task SessionUnknownAsync(HttpContext context) => WriteAsync(context, 1, "Session ID unknown");

    /// <summary>A handshake that is not a GET.</summary>
    public static Task BadHandshakeMethodAsync(HttpContext context) => WriteAsync(context, 2, "Bad handshake method");

    /// <summary>Anything else the server will not do.</summary>
    public static Task BadRequestAsync(HttpContext context) => WriteAsync(context, 3, "Bad request");

    /// <summary>An <c>EIO</c> other than 4.</summary>
    public static Task UnsupportedProtocolVersionAsync(HttpContext context) => WriteAsync(context, 5, "Unsupported protocol version");

    private static Task WriteAsync(HttpContext context, int code, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString(), context.RequestAborted);
    }
}
