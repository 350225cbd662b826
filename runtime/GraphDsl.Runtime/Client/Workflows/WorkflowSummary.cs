namespace GraphDsl.Workflows;

/// <summary>One workflow of the server's library, as <c>GET /api/v1/workflows/</c> lists it.</summary>
/// <param name="WorkflowId">Its id (<c>default_…</c> for InvokeAI's own workflows).</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Category"><c>user</c> or <c>default</c>.</param>
/// <param name="Tags">Its tags, comma-separated.</param>
public sealed record WorkflowSummary(string WorkflowId, string Name, string? Description, string? Category, string? Tags);
