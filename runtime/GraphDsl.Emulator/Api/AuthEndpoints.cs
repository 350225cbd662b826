using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphDsl.Emulator.Api;

/// <summary>
/// <c>/api/v1/auth</c>: <c>GET /status</c>, <c>POST /login</c>, <c>GET /me</c>, <c>POST /logout</c> and
/// <c>POST /media-cookie</c> (InvokeAI <c>routers/auth.py</c>). Needs <see cref="AuthService"/> in DI.
/// User management and <c>/setup</c> are not emulated (the accounts come from <see cref="EmulatorOptions.Users"/>).
/// </summary>
public static class AuthEndpoints
{
    /// <summary>Maps the auth endpoints.</summary>
    /// <param name="app">The route builder.</param>
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/auth/status", Status);
        app.MapPost("/api/v1/auth/login", LoginAsync);
        app.MapGet("/api/v1/auth/me", Me);
        app.MapPost("/api/v1/auth/logout", Logout);
        app.MapPost("/api/v1/auth/media-cookie", MediaCookie);
    }

    private static IResult Status(AuthService auth)
    {
        if (!auth.MultiUser)
        {
            return HttpErrors.Json(new JsonObject
            {
                ["setup_required"] = false,
                ["multiuser_enabled"] = false,
                ["strict_password_checking"] = false,
                ["admin_email"] = null,
            });
        }

        var setupRequired = !auth.Users.Any(u => u.IsAdmin && u.IsActive);
        return HttpErrors.Json(new JsonObject
        {
            ["setup_required"] = setupRequired,
            ["multiuser_enabled"] = true,
            ["strict_password_checking"] = false,
            ["admin_email"] = null,
        });
    }

    private static async Task<IResult> LoginAsync(HttpContext context, AuthService auth, CancellationToken cancellationToken)
    {
        var (request, errors) = await LoginRequest.ReadAsync(context.Request, cancellationToken);
        if (request is null)
        {
            return HttpErrors.Validation(errors);
        }

        if (!auth.MultiUser)
        {
            return HttpErrors.Detail(403, "Multiuser mode is disabled. Authentication is not required in single-user mode.");
        }

        var account = auth.FindByEmail(request.Email);
        if (account is null || account.User.UserId == EmulatorUser.System.UserId || account.Password != request.Password)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return HttpErrors.Detail(401, "Incorrect email or password");
        }

        account.RecordLogin(auth.Now);
        if (!account.User.IsActive)
        {
            return HttpErrors.Detail(403, "User account is disabled");
        }

        var lifetime = request.RememberMe ? AuthService.RememberMeLifetime : AuthService.NormalLifetime;
        var token = auth.IssueToken(account.User, request.RememberMe);
        SetMediaCookie(context, token, (int)lifetime.TotalSeconds);
        return HttpErrors.Json(new JsonObject
        {
            ["token"] = token,
            ["user"] = UserJson.ToDto(account),
            ["expires_in"] = (int)lifetime.TotalSeconds,
        });
    }

    private static IResult Me(HttpContext context, AuthService auth)
    {
        var result = auth.AuthenticateStrict(context.Request);
        if (result.User is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return HttpErrors.FromAuth(result);
        }

        var account = auth.FindById(result.User.UserId);
        return account is null ? HttpErrors.Detail(404, "User not found") : HttpErrors.Json(UserJson.ToDto(account));
    }

    private static IResult Logout(HttpContext context, AuthService auth)
    {
        var result = auth.AuthenticateStrict(context.Request);
        if (result.User is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return HttpErrors.FromAuth(result);
        }

        context.Response.Cookies.Delete(AuthService.MediaCookieName, new CookieOptions { Path = CookiePath(context) });
        return HttpErrors.Json(new JsonObject { ["success"] = true });
    }

    private static IResult MediaCookie(HttpContext context, AuthService auth)
    {
        var result = auth.Authenticate(context.Request);
        if (result.User is null)
        {
            return HttpErrors.FromAuth(result);
        }

        if (auth.MultiUser)
        {
            var token = AuthService.BearerCredentials(context.Request)!;
            var remaining = auth.RemainingSeconds(token);
            if (remaining is null)
            {
                return HttpErrors.Detail(401, "Invalid or expired token");
            }

            SetMediaCookie(context, token, remaining.Value);
        }

        return HttpErrors.Json(new JsonObject { ["success"] = true });
    }

    /// <summary>Starlette's <c>set_cookie</c> as <c>_set_media_cookie</c> calls it.</summary>
    private static void SetMediaCookie(HttpContext context, string token, int maxAgeSeconds) =>
        context.Response.Cookies.Append(AuthService.MediaCookieName, token, new CookieOptions
        {
            MaxAge = TimeSpan.FromSeconds(maxAgeSeconds),
            Expires = DateTimeOffset.UtcNow.AddSeconds(maxAgeSeconds),
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = CookiePath(context),
        });

    private static string CookiePath(HttpContext context) => context.Request.PathBase.Value + "/api/v1";

    /// <summary>The <c>LoginRequest</c> body, validated as FastAPI would (422 for bad JSON or missing fields).</summary>
    private sealed record LoginRequest(string Email, string Password, bool RememberMe)
    {
        public static async Task<(LoginRequest? Request, List<FastApiError> Errors)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
        {
            var errors = new List<FastApiError>();
            using var buffer = new System.IO.MemoryStream();
            await http.Body.CopyToAsync(buffer, cancellationToken);
            if (buffer.Length == 0)
            {
                errors.Add(new FastApiError("missing", ["body"], "Field required"));
                return (null, errors);
            }

            JsonNode? body;
            try
            {
                body = JsonNode.Parse(buffer.ToArray());
            }
            catch (JsonException e)
            {
                errors.Add(new FastApiError("json_invalid", ["body", (int)(e.BytePositionInLine ?? 0)], "JSON decode error",
                    new JsonObject(), new JsonObject { ["error"] = e.Message }));
                return (null, errors);
            }

            if (body is not JsonObject obj)
            {
                errors.Add(new FastApiError("model_attributes_type", ["body"], "Input should be a valid dictionary or object to extract fields from", body?.DeepClone()));
                return (null, errors);
            }

            var email = Text(obj, "email", errors);
            var password = Text(obj, "password", errors);
            var rememberMe = false;
            if (obj["remember_me"] is JsonValue remember)
            {
                if (remember.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    rememberMe = remember.GetValue<bool>();
                }
                else
                {
                    errors.Add(new FastApiError("bool_type", ["body", "remember_me"], "Input should be a valid boolean", remember.DeepClone()));
                }
            }

            if (email is not null && !email.Contains('@', StringComparison.Ordinal))
            {
                errors.Add(new FastApiError("value_error", ["body", "email"], "Email address must contain an @ symbol", email));
            }

            return errors.Count == 0 ? (new LoginRequest(email!, password!, rememberMe), errors) : (null, errors);
        }

        private static string? Text(JsonObject obj, string name, List<FastApiError> errors)
        {
            if (!obj.TryGetPropertyValue(name, out var node))
            {
                errors.Add(new FastApiError("missing", ["body", name], "Field required", obj.DeepClone()));
                return null;
            }

            if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                return value.GetValue<string>();
            }

            errors.Add(new FastApiError("string_type", ["body", name], "Input should be a valid string", node?.DeepClone()));
            return null;
        }
    }
}
