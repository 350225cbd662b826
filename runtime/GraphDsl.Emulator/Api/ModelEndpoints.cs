using System.Linq;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphDsl.Emulator.Api;

/// <summary>The model manager's list route, <c>GET /api/v2/models/</c>, over <see cref="ModelCatalog"/>.</summary>
internal static class ModelEndpoints
{
    public static void MapModelEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v2/models/", (HttpRequest request, AuthService auth, ModelCatalog catalog) =>
        {
            var user = auth.Authenticate(request);
            if (user.User is null)
                return HttpErrors.FromAuth(user);
            var query = request.Query;
            var bases = query["base_models"].Where(b => !string.IsNullOrEmpty(b)).Select(b => b!).ToList();
            var models = catalog.Find(bases, Single(query, "model_type"), Single(query, "model_name"), Single(query, "model_format"));
            return HttpErrors.Json(new JsonObject { ["models"] = models });
        });

    private static string? Single(IQueryCollection query, string name) => query.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;
}
