using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphDsl.Emulator.Auth;

/// <summary>
/// InvokeAI's <c>SlidingWindowTokenMiddleware</c>: a successful (&lt; 400) POST/PUT/PATCH/DELETE that carried a still-honoured
/// <c>Authorization: Bearer</c> token gets an <c>X-Refreshed-Token</c> header with a new token of the same lifetime class
/// (not on <c>/api/v1/auth/login</c>, <c>/logout</c> or <c>/media-cookie</c>, and never on GET).
/// </summary>
internal sealed class RefreshedTokenMiddleware(RequestDelegate next, AuthService auth)
{
    /// <summary>The response header carrying the new token.</summary>
    public const string HeaderName = "X-Refreshed-Token";

    private static readonly string[] ExcludedPaths = ["/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/auth/media-cookie"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (auth.MultiUser && IsMutation(request.Method) && !IsExcluded(request.Path)
            && request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            var token = header[7..];
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode < 400 && !context.Response.Headers.ContainsKey(HeaderName)
                    && auth.RefreshToken(token) is { } refreshed)
                {
                    context.Response.Headers[HeaderName] = refreshed;
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    private static bool IsMutation(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static bool IsExcluded(PathString path) =>
        Array.Exists(ExcludedPaths, p => string.Equals(path.Value, p, StringComparison.Ordinal));
}

/// <summary>Registers <see cref="RefreshedTokenMiddleware"/>.</summary>
public static class RefreshedTokenExtensions
{
    /// <summary>
    /// Adds the sliding-window refresh: successful POST/PUT/PATCH/DELETE requests with a valid Bearer token get
    /// <c>X-Refreshed-Token</c> (multi-user mode only). Needs <see cref="AuthService"/> in DI. Put it before the endpoints.
    /// </summary>
    /// <param name="app">The application.</param>
    public static IApplicationBuilder UseRefreshedToken(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var auth = app.ApplicationServices.GetRequiredService<AuthService>();
        return app.UseMiddleware<RefreshedTokenMiddleware>(auth);
    }
}
