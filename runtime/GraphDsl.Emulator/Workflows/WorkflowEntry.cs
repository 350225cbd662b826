using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Workflows;

/// <summary>A row of the emulator's workflow library (InvokeAI's <c>workflow_library</c> table).</summary>
/// <param name="WorkflowId">The id (<c>default_…</c> for the defaults).</param>
/// <param name="Name">The workflow's <c>name</c>.</param>
/// <param name="Description">The workflow's <c>description</c>.</param>
/// <param name="Tags">The workflow's <c>tags</c> (one comma-separated string).</param>
/// <param name="Category"><c>meta.category</c>: <c>default</c> or <c>user</c>.</param>
/// <param name="UserId">The owner (<c>system</c> for the defaults).</param>
/// <param name="IsPublic">Whether it is shared (defaults are not: they are visible to all anyway).</param>
/// <param name="CreatedAt">SQLite-style UTC timestamp; also <c>updated_at</c>.</param>
/// <param name="Workflow">The <c>Workflow</c> as the server serialises it (model fields only, in model order).</param>
internal sealed record WorkflowEntry(string WorkflowId, string Name, string Description, string Tags, string Category, string UserId, bool IsPublic, string CreatedAt, JsonObject Workflow);
