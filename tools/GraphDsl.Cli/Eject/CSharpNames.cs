using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphDsl.Cli.Eject;

/// <summary>Readable C# identifiers from workflow labels and wire names.</summary>
internal static class CSharpNames
{
    /// <summary>Whether <paramref name="name"/> is a C# keyword, or a contextual one best avoided as a local's name.</summary>
    public static bool IsKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || AvoidedContextualKeywords.Contains(name);

    // Contextual keywords that read badly or mean something in a method body (others, like "add", make fine names).
    private static readonly HashSet<string> AvoidedContextualKeywords = new(StringComparer.Ordinal)
    {
        "var", "dynamic", "value", "await", "async", "nameof", "record", "field", "yield", "when", "with", "and", "or", "not",
    };

    /// <summary>The words of <paramref name="text"/>: ASCII letters and digits, split at everything else and at lower→upper case changes.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 || !char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }
            if (current.Length > 0 && char.IsUpper(c) && char.IsLower(current[^1]) && !EndsInCapitals(text, i))
                Flush();
            current.Append(c);
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
                words.Add(current.ToString());
            current.Clear();
        }
    }

    // "LoRA", "LoRAs": a hump into capitals that end the word (but for a plural s) is one word, not "Lo" + "RA".
    private static bool EndsInCapitals(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
            end++;
        if (end - start < 2)
            return false;
        if (end < text.Length && text[end] == 's')
            end++;
        return end == text.Length || !char.IsAsciiLetterOrDigit(text[end]);
    }

    /// <summary>
    /// <c>Positive Prompt</c> → <c>PositivePrompt</c>; <c>sdxl_model_loader</c> → <c>SdxlModelLoader</c>;
    /// <c>Text to Image - SDXL</c> → <c>TextToImageSdxl</c>; <c>LoRA Weight</c> → <c>LoraWeight</c>; <c>Model (dev variant)</c> → <c>Model</c>.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="fallback">The name when <paramref name="text"/> has no letter or digit, and the prefix when it starts with a digit.</param>
    public static string Pascal(string text, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(WithoutAsides(text)))
        {
            // An upper-case word reads as a word: SDXL → Sdxl, VAE → Vae; so does a word with capitals inside: LoRA → Lora.
            var shouting = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var humped = Enumerable.Range(1, word.Length - 1).Any(i => char.IsUpper(word[i]) && char.IsLower(word[i - 1]));
            builder.Append(char.ToUpperInvariant(word[0])).Append(shouting || humped ? word[1..].ToLowerInvariant() : word[1..]);
        }
        if (builder.Length == 0)
            return fallback;
        if (char.IsDigit(builder[0]))
            builder.Insert(0, fallback);
        return builder.ToString();
    }

    /// <summary><c>Positive Prompt</c> → <c>positivePrompt</c>; <c>SDXL Model</c> → <c>sdxlModel</c>; <c>VAE</c> → <c>vae</c>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="fallback">The name when <paramref name="text"/> has no letter or digit (camelCase), and the prefix when it starts with a digit.</param>
    public static string Camel(string text, string fallback)
    {
        var pascal = Pascal(text, char.ToUpperInvariant(fallback[0]) + fallback[1..]);
        var upper = 0;
        while (upper < pascal.Length && char.IsUpper(pascal[upper]))
            upper++;
        if (upper == pascal.Length)
            return pascal.ToLowerInvariant();
        // "SDXLModel": the last capital starts the next word; "L2i": only the first letter.
        var lower = upper > 1 && char.IsLower(pascal[upper]) ? upper - 1 : Math.Max(upper, 1);
        return pascal[..lower].ToLowerInvariant() + pascal[lower..];
    }

    // "Model (dev variant recommended)" names the model: asides in parentheses are left out when words remain.
    private static string WithoutAsides(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            else if (depth == 0)
                builder.Append(c);
        }
        var rest = builder.ToString();
        return Words(rest).Count > 0 ? rest : text;
    }

    /// <summary><paramref name="candidate"/>, or with the first free numeric suffix (2, 3, …); the result is added to <paramref name="taken"/>.</summary>
    public static string Unique(string candidate, ISet<string> taken)
    {
        var result = candidate;
        for (var i = 2; !taken.Add(result); i++)
            result = candidate + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }
}
