using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Workflows;

/// <summary>What converting a workflow may need from the server: the generators the UI resolves through its API.</summary>
internal interface IWorkflowServer
{
    /// <summary>The names of a board's non-intermediate images of <paramref name="categories"/> (<c>GET /api/v1/boards/{id}/image_names</c>).</summary>
    Task<IReadOnlyList<string>> ListBoardImageNamesAsync(string boardId, IReadOnlyList<string> categories, CancellationToken cancellationToken);

    /// <summary>Prompts expanded by <c>POST /api/v1/utilities/dynamicprompts</c>, and its error text when it reports one.</summary>
    Task<(IReadOnlyList<string> Prompts, string? Error)> DynamicPromptsAsync(string prompt, long maxPrompts, bool combinatorial, long? seed, CancellationToken cancellationToken);
}
