using System;
using System.Collections.Generic;
using System.Linq;

namespace GraphDsl.Emulator.Workflows;

/// <summary>
/// The filters and paging of <c>GET /api/v1/workflows/</c>, applied like <c>SqliteWorkflowRecordsStorage.get_many</c>
/// (SQLite <c>LIKE</c> is emulated as a case-insensitive substring match; <c>%</c>/<c>_</c> are not wildcards).
/// </summary>
internal sealed record WorkflowListQuery(
    int Page,
    int? PerPage,
    string OrderBy,
    string Direction,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Tags,
    string? Query,
    bool? HasBeenOpened,
    bool? IsPublic,
    bool? Callable,
    string? UserIdFilter)
{
    /// <summary>The filtered, ordered rows (before paging).</summary>
    public List<WorkflowEntry> Filter(IEnumerable<WorkflowEntry> entries)
    {
        var query = Query?.Trim();
        var rows = entries.Where(e =>
            (Categories is not { Count: > 0 } || Categories.Contains(e.Category))
            && (Tags is not { Count: > 0 } || Tags.Any(t => Like(e.Tags, t.Trim())))
            && HasBeenOpened is not true // opened_at is never set
            && (string.IsNullOrEmpty(query) || Like(e.Name, query) || Like(e.Description, query) || Like(e.Tags, query))
            && (UserIdFilter is null || e.UserId == UserIdFilter || e.Category == "default")
            && (IsPublic is null || e.IsPublic == IsPublic.Value));
        Func<WorkflowEntry, string> key = OrderBy switch
        {
            "created_at" or "updated_at" => e => e.CreatedAt,
            "opened_at" => _ => "",
            "is_public" => e => e.IsPublic ? "1" : "0",
            _ => e => e.Name,
        };
        var ordered = Direction == "DESC" ? rows.OrderByDescending(key, StringComparer.Ordinal) : rows.OrderBy(key, StringComparer.Ordinal);
        return [.. ordered];
    }

    /// <summary><c>column LIKE '%text%'</c>.</summary>
    private static bool Like(string column, string text) => column.Contains(text, StringComparison.OrdinalIgnoreCase);
}
