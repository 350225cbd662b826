using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GraphDsl.Generator.Tests.Infrastructure;

/// <summary>Item metadata per additional file, as MSBuild passes it through CompilerVisibleItemMetadata.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> byPath) : AnalyzerConfigOptionsProvider
{
    private static readonly TestOptions None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var values) ? new TestOptions(values) : None;

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
