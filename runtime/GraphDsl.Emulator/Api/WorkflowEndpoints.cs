using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Validation;
using GraphDsl.Emulator.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphDsl.Emulator.Api;

/// <summary>
/// The read side of <c>/api/v1/workflows</c> (InvokeAI <c>routers/workflows.py</c>): <c>GET /i/{workflow_id}</c> and
/// <c>GET /</c> (paged, filtered list). The library holds only the read-only default workflows, so there is no create,
/// update, delete or thumbnail endpoint and every <c>thumbnail_url</c> is <see langword="null"/>.
/// Needs <see cref="AuthService"/> and <see cref="WorkflowLibrary"/> in DI.
/// </summary>
public static class WorkflowEndpoints
{
    private static readonly string[] OrderByValues = ["created_at", "updated_at", "opened_at", "name", "is_public"];
    private static readonly string[] DirectionValues = ["ASC", "DESC"];
    private static readonly string[] CategoryValues = ["user", "default"];

    /// <summary>Maps the workflow endpoints.</summary>
    /// <param name="app">The route builder.</param>
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/v1/workflows/i/{workflow_id}", Get);
        app.MapGet("/api/v1/workflows/", List);
    }

    private static IResult Get(string workflow_id, HttpContext context, AuthService auth, WorkflowLibrary library)
    {
        var user = auth.Authenticate(context.Request);
        if (user.User is null)
        {
            return HttpErrors.FromAuth(user);
        }

        var entry = library.Find(workflow_id);
        if (entry is null)
        {
            return HttpErrors.Detail(404, "Workflow not found");
        }

        if (auth.MultiUser && !(entry.Category == "default" || entry.UserId == user.User.UserId || entry.IsPublic || user.User.IsAdmin))
        {
            return HttpErrors.Detail(403, "Not authorized to access this workflow");
        }

        var dto = RecordBase(entry);
        dto["workflow"] = entry.Workflow.DeepClone();
        dto["thumbnail_url"] = null;
        dto["call_saved_workflow_compatibility"] = WorkflowCompatibility.For(entry.Workflow);
        return HttpErrors.Json(dto);
    }

    private static IResult List(HttpContext context, AuthService auth, WorkflowLibrary library)
    {
        var user = auth.Authenticate(context.Request);
        if (user.User is null)
        {
            return HttpErrors.FromAuth(user);
        }

        var errors = new List<FastApiError>();
        var q = context.Request.Query;
        var page = FastApiQuery.Int(q, "page", errors) ?? 0;
        var perPage = FastApiQuery.Int(q, "per_page", errors);
        var orderBy = FastApiQuery.Enum(q, "order_by", OrderByValues, required: false, errors) ?? "name";
        var direction = FastApiQuery.Enum(q, "direction", DirectionValues, required: false, errors) ?? "ASC";
        var categories = FastApiQuery.EnumList(q, "categories", CategoryValues, errors);
        var tags = FastApiQuery.StringList(q, "tags");
        var text = FastApiQuery.Single(q, "query");
        var hasBeenOpened = FastApiQuery.Bool(q, "has_been_opened", required: false, errors);
        var isPublic = FastApiQuery.Bool(q, "is_public", required: false, errors);
        var callable = FastApiQuery.Bool(q, "callable", required: false, errors);
        if (errors.Count > 0)
        {
            return HttpErrors.Validation(errors);
        }

        string? userFilter = null;
        if (auth.MultiUser && !user.User.IsAdmin && (categories is not { Count: > 0 } || categories.Contains("user")) && isPublic is not true)
        {
            userFilter = user.User.UserId;
        }

        var query = new WorkflowListQuery(page, perPage, orderBy, direction, categories, tags, text, hasBeenOpened, isPublic, callable, userFilter);
        var rows = query.Filter(library.Entries);
        if (callable is { } wanted)
        {
            rows = [.. rows.Where(r => WorkflowCompatibility.IsCallable(r.Workflow) == wanted)];
        }

        var total = rows.Count;
        var size = perPage is > 0 ? perPage.Value : 0;
        var items = size > 0 ? rows.Skip(Math.Max(0, page * size)).Take(size) : rows;
        var list = new JsonArray([.. items.Select(r => (JsonNode?)ListItem(r))]);
        return HttpErrors.Json(new JsonObject
        {
            ["page"] = page,
            ["pages"] = size > 0 ? (total + size - 1) / size : 1,
            ["per_page"] = size > 0 ? size : total,
            ["total"] = total,
            ["items"] = list,
        });
    }

    private static JsonObject ListItem(WorkflowEntry entry)
    {
        var item = RecordBase(entry);
        item["description"] = entry.Description;
        item["category"] = entry.Category;
        item["tags"] = entry.Tags;
        item["thumbnail_url"] = null;
        item["call_saved_workflow_compatibility"] = WorkflowCompatibility.For(entry.Workflow);
        return item;
    }

    /// <summary>The <c>WorkflowRecordDTOBase</c> fields.</summary>
    private static JsonObject RecordBase(WorkflowEntry entry) => new()
    {
        ["workflow_id"] = entry.WorkflowId,
        ["name"] = entry.Name,
        ["created_at"] = entry.CreatedAt,
        ["updated_at"] = entry.CreatedAt,
        ["opened_at"] = null,
        ["user_id"] = entry.UserId,
        ["is_public"] = entry.IsPublic,
    };
}
