using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphDsl.Generator.Tests.Infrastructure;

/// <summary>The node descriptor JSON that a generated node class carries in its <c>Definition</c>.</summary>
internal static partial class GeneratedDescriptor
{
    [GeneratedRegex("NodeDescriptor\\.FromJson\\(\\s*\"\"\"(?<json>.*?)\"\"\",", RegexOptions.Singleline)]
    private static partial Regex DefinitionLiteral();

    /// <summary>Parses the descriptor of the generated node class in <paramref name="source"/>.</summary>
    public static JsonElement Read(string source)
    {
        var match = DefinitionLiteral().Match(source);
        Assert.True(match.Success, "The source has no NodeDescriptor.FromJson(\"\"\"…\"\"\") definition.");
        using var document = JsonDocument.Parse(match.Groups["json"].Value);
        return document.RootElement.Clone();
    }
}
