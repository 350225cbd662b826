using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Tests.Typing;

/// <summary>
/// The edge-typing table (<see cref="EdgeTypingCases"/>) against the classes generated from the real 6.14 schema:
/// an edge compiles exactly when the server accepts it (protocol §2), except the three run-time failures the server
/// lets through, which GraphDsl refuses.
/// </summary>
public sealed class EdgeTypingTests
{
    public static TheoryData<string> Cases => new(EdgeTypingCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Edge_compiles_exactly_when_the_server_accepts_it(string name)
    {
        var @case = EdgeTypingCases.Get(name);
        var source = TypingCompilation.Snippet(@case.Body);
        var errors = TypingCompilation.DiagnosticsOf(source).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var marked = source.Split('\n')
            .Select((line, index) => (line, index))
            .Where(l => l.line.TrimEnd('\r').EndsWith(TypingCompilation.RejectedMarker, StringComparison.Ordinal))
            .Select(l => l.index)
            .ToHashSet();
        string Report() => $"{name}\nerrors:\n  {string.Join("\n  ", errors)}\nsnippet:\n{TypingCompilation.Numbered(source)}";

        if (@case.ExpectedError is null)
        {
            Assert.True(marked.Count == 0, $"An accepted case marks no line as rejected: {name}");
            Assert.True(errors.Count == 0, "Expected the snippet to compile. " + Report());
            return;
        }

        Assert.True(marked.Count > 0, $"A rejected case marks the line that must fail with '{TypingCompilation.RejectedMarker}': {name}");
        var stray = errors.Where(e => !marked.Contains(TypingCompilation.LineOf(e))).ToList();
        Assert.True(stray.Count == 0, "Errors on lines not marked as rejected (the snippet itself is wrong). " + Report());
        foreach (var line in marked)
        {
            Assert.True(
                errors.Any(e => e.Id == @case.ExpectedError && TypingCompilation.LineOf(e) == line),
                $"Expected {@case.ExpectedError} on line {line + 1}. " + Report());
        }
    }

    [Fact]
    public void Every_case_has_a_unique_name()
    {
        var duplicates = EdgeTypingCases.All.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void The_table_covers_both_outcomes()
    {
        Assert.Contains(EdgeTypingCases.All, c => c.ExpectedError is null);
        Assert.Contains(EdgeTypingCases.All, c => c.ExpectedError == "CS0029");
        Assert.Contains(EdgeTypingCases.All, c => c.ExpectedError == "CS9035");
    }
}
