using System.Globalization;
using System.Text;

namespace GraphDsl.Cli.Eject;

/// <summary>C# literals for strings and numbers, exact and invariant.</summary>
internal static class CSharpLiterals
{
    /// <summary>
    /// A string literal with exactly the value of <paramref name="value"/>: a raw literal for multi-line text (lines
    /// indented by <paramref name="indent"/>), a verbatim one for text with backslashes, an escaped one otherwise.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="indent">The indentation of the line the literal starts on, for the lines of a raw literal.</param>
    public static string String(string value, string indent = "")
    {
        if (CanBeRaw(value))
            return Raw(value, indent);
        if (value.Contains('\\', StringComparison.Ordinal) && !value.Any(IsEscapedControl))
            return "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return Escaped(value);
    }

    /// <summary>An escaped regular string literal: <c>"a\n\"b\""</c> (the generator's own literal writer).</summary>
    public static string Escaped(string value) => GraphDsl.Generator.Parsing.DefaultLiterals.StringLiteral(value);

    /// <summary>A single-line literal for JSON text (<c>JsonElement.Parse(…)</c>): raw when it has quotes and is framed by other characters, escaped otherwise.</summary>
    public static string Json(string json)
    {
        if (json.Contains('"', StringComparison.Ordinal) && json[0] != '"' && json[^1] != '"' && !json.Any(c => c is '\n' or '\r'))
        {
            var quotes = new string('"', Math.Max(3, LongestQuoteRun(json) + 1));
            return quotes + json + quotes;
        }
        return Escaped(json);
    }

    /// <summary>An integer literal.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A double literal that reads back as exactly <paramref name="value"/> (<c>0.1</c>, <c>1E-07</c>, <c>30</c>).</summary>
    public static string Double(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON numbers are finite.");
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A double literal that is typed <c>double</c> even when integral (<c>30.0</c>).</summary>
    public static string DoubleTyped(double value)
    {
        var text = Double(value);
        return text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0";
    }

    private static bool IsEscapedControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';

    // A raw literal keeps multi-line text readable: every line break a bare \n (the file's own), no other control
    // character, no line that is only whitespace (the indentation rules would treat it specially).
    private static bool CanBeRaw(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
            return false;
        foreach (var c in value)
        {
            if (c != '\n' && IsEscapedControl(c))
                return false;
        }
        return value.Split('\n').All(line => line.Length == 0 || !string.IsNullOrWhiteSpace(line));
    }

    private static string Raw(string value, string indent)
    {
        var quotes = new string('"', Math.Max(3, LongestQuoteRun(value) + 1));
        var inner = indent + "    ";
        var builder = new StringBuilder().Append(quotes).Append('\n');
        foreach (var line in value.Split('\n'))
        {
            if (line.Length > 0)
                builder.Append(inner).Append(line);
            builder.Append('\n');
        }
        return builder.Append(inner).Append(quotes).ToString();
    }

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
