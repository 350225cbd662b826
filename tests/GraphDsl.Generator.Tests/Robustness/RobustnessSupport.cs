using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Tests.Robustness;

/// <summary>Checks shared by the robustness tests: that the generator did not fail, and where a diagnostic points.</summary>
internal static class RobustnessSupport
{
    /// <summary>The text the parser's last-resort catch puts in a GDSL005 when the generator itself threw.</summary>
    public const string SwallowedCrash = "the generator failed while reading it";

    /// <summary>
    /// Every sign that the generator failed rather than reported: an exception on the run result, the compiler's
    /// "generator failed" warning (CS8785) or analyzer-failure diagnostics (AD…), or an exception turned into a GDSL005.
    /// </summary>
    public static List<string> GeneratorFailures(GeneratorDriverRunResult result, IEnumerable<Diagnostic> generatorDiagnostics)
    {
        var failures = new List<string>();
        foreach (var generator in result.Results)
        {
            if (generator.Exception is { } exception)
                failures.Add($"{generator.Generator.GetGeneratorType().Name} threw {exception}");
        }
        foreach (var diagnostic in generatorDiagnostics.Concat(result.Diagnostics).Distinct())
        {
            if (diagnostic.Id == "CS8785" || diagnostic.Id.StartsWith("AD", StringComparison.Ordinal))
                failures.Add(diagnostic.ToString());
            else if (diagnostic.Id == "GDSL005" && diagnostic.GetMessage().Contains(SwallowedCrash, StringComparison.Ordinal))
                failures.Add("exception caught by the parser's safety net: " + diagnostic.GetMessage());
        }
        return failures;
    }

    public static void AssertNoGeneratorFailure(GeneratorRun run)
    {
        Assert.Single(run.Result.Results);
        Assert.Null(run.Result.Results[0].Exception);
        var failures = GeneratorFailures(run.Result, run.GeneratorDiagnostics);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Asserts that the compilation has no error and, unless <paramref name="errorsOnly"/>, no warning; lists them with their generated lines.</summary>
    public static void AssertCompiles(GeneratorRun run, bool errorsOnly = false)
    {
        var problems = run.Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || !errorsOnly && d.Severity == DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(
            problems.Count == 0,
            $"{problems.Count} compile problems, e.g.:{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Take(8).Select(d => $"{d}{Environment.NewLine}    in: {GeneratedLine(d)}")));
    }

    public static string GeneratedLine(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim() ?? "";

    /// <summary>Zero-based line and character of <paramref name="index"/> in <paramref name="text"/> (LF or CRLF lines).</summary>
    public static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart);
    }

    /// <summary>
    /// The index of <paramref name="token"/> found after each of <paramref name="anchors"/> in turn; fails when any is missing.
    /// </summary>
    public static int IndexAfter(string text, string token, params string[] anchors)
    {
        var from = 0;
        foreach (var anchor in anchors)
        {
            var at = text.IndexOf(anchor, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"anchor '{anchor}' not found");
            from = at + anchor.Length;
        }
        var index = text.IndexOf(token, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"token '{token}' not found after {string.Join(" → ", anchors)}");
        return index;
    }

    /// <summary>Asserts that <paramref name="diagnostic"/> is in the file <paramref name="path"/>, starting at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static void AssertAt(Diagnostic diagnostic, string path, string text, int index)
    {
        var span = diagnostic.Location.GetLineSpan();
        var (line, column) = LineColumn(text, index);
        Assert.True(
            span.Path == path && span.StartLinePosition.Line == line && span.StartLinePosition.Character == column,
            $"{diagnostic.Id} expected at {path}({line},{column}) [zero-based], but is at '{span.Path}'({span.StartLinePosition.Line},{span.StartLinePosition.Character}): {diagnostic}");
        Assert.Equal(index, diagnostic.Location.SourceSpan.Start);
    }

    /// <summary>Replaces the single occurrence of <paramref name="find"/>; fails if there is not exactly one.</summary>
    public static string ReplaceOnce(this string text, string find, string replacement)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"'{find}' not found");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"'{find}' found more than once");
        return text.Substring(0, first) + replacement + text.Substring(first + find.Length);
    }
}
