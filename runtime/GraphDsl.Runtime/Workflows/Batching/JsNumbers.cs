using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphDsl.Workflows;

/// <summary>The JavaScript number and string operations the UI's generators use, with their exact semantics.</summary>
internal static partial class JsNumbers
{
    /// <summary><c>Math.round</c>: the nearest integer, halves towards +∞.</summary>
    public static double Round(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return value;
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary><c>parseFloat</c>: the longest decimal prefix (after leading white space); <see langword="null"/> for NaN.</summary>
    public static double? ParseFloat(string text)
    {
        var match = FloatPrefix().Match(TrimStart(text));
        if (!match.Success)
            return null;
        var literal = match.Value;
        if (literal.EndsWith("Infinity", StringComparison.Ordinal))
            return literal.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary><c>parseInt(text, 10)</c>: the longest integer prefix (after leading white space); <see langword="null"/> for NaN.</summary>
    public static double? ParseInt(string text)
    {
        var match = IntegerPrefix().Match(TrimStart(text));
        return match.Success ? double.Parse(match.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;
    }

    /// <summary><c>String.prototype.trim</c> (and lodash's <c>trim</c>): white space and line terminators, U+FEFF included.</summary>
    public static string Trim(string text) => text.Trim().Trim('\uFEFF').Trim();

    private static string TrimStart(string text) => text.TrimStart().TrimStart('\uFEFF').TrimStart();

    /// <summary>
    /// The separator the UI splits on: <c>JSON.parse('"' + splitOn + '"')</c> when that parses (so <c>\n</c> is a
    /// newline), else <paramref name="splitOn"/> itself.
    /// </summary>
    public static string Separator(string splitOn)
    {
        try
        {
            using var document = JsonDocument.Parse("\"" + splitOn + "\"");
            return document.RootElement.GetString() ?? splitOn;
        }
        catch (JsonException)
        {
            return splitOn;
        }
    }

    /// <summary>The UI's split: the whole input when <paramref name="splitOn"/> is empty, else <c>input.split(separator)</c>.</summary>
    public static string[] Split(string input, string splitOn)
    {
        if (splitOn.Length == 0)
            return [input];
        var separator = Separator(splitOn);
        return separator.Length == 0 ? [.. input.Select(c => c.ToString())] : input.Split(separator);
    }

    [GeneratedRegex(@"^[+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPrefix();

    [GeneratedRegex(@"^[+-]?[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPrefix();
}
