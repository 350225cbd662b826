using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>What a generator node's value resolves to: items, a request the server must answer, or why it cannot.</summary>
internal abstract record GeneratorResult
{
    /// <summary>The items, computed on the client.</summary>
    public sealed record Items(IReadOnlyList<JsonElement> Values) : GeneratorResult;

    /// <summary>The image names of a board (<c>image_generator_images_from_board</c>).</summary>
    /// <param name="BoardId">The board.</param>
    /// <param name="Categories">The image categories (<c>general</c> for images, the asset categories for assets).</param>
    public sealed record BoardImages(string BoardId, IReadOnlyList<string> Categories) : GeneratorResult;

    /// <summary>Prompts expanded by the server's <c>dynamicprompts</c> utility.</summary>
    public sealed record DynamicPrompts(string Prompt, long MaxPrompts, bool Combinatorial, long? Seed) : GeneratorResult;

    /// <summary>The value is not a generator of the expected kind.</summary>
    public sealed record Invalid(string Message) : GeneratorResult;
}
