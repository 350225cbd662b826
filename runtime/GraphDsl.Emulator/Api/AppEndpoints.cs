using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphDsl.Emulator.Api;

/// <summary>The unauthenticated app endpoints: <c>GET /api/v1/app/version</c> (<c>AppVersion</c>) and <c>GET /openapi.json</c>.</summary>
public static class AppEndpoints
{
    /// <summary>Maps the app endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <param name="openApiJson">The OpenAPI document served verbatim at <c>/openapi.json</c>.</param>
    /// <param name="version">The app version reported by <c>/api/v1/app/version</c>, e.g. <c>6.14.0-alpha</c>
    /// (InvokeAI's <c>__version__</c>; the document's <c>info.version</c> is FastAPI's <c>1.0.0</c>).</param>
    public static void MapAppEndpoints(this IEndpointRouteBuilder app, string openApiJson, string version)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(openApiJson);
        ArgumentNullException.ThrowIfNull(version);
        app.MapGet("/api/v1/app/version", () => HttpErrors.Json(new JsonObject { ["version"] = version }));
        app.MapGet("/openapi.json", () => Results.Text(openApiJson, "application/json"));
    }
}
