using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GraphDsl.Benchmarks;

// Minimal copy of tests/GraphDsl.Generator.Tests/Infrastructure (GeneratorHarness, InMemoryAdditionalText,
// TestOptionsProvider): the benchmarks must not reference the test project.

/// <summary>Builds the in-process generator driver and the tiny compilation it runs on.</summary>
internal static class DriverSupport
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static string SchemaPath(string version) =>
        Path.Combine(AppContext.BaseDirectory, "Schemas", $"invokeai-{version}.openapi.json");

    /// <summary>A one-line consumer compilation referencing the BCL and the runtime.</summary>
    public static CSharpCompilation CreateCompilation(string source = "namespace Empty { }")
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(GraphDsl.GraphBuilder).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        return CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(SourceText.From(source, System.Text.Encoding.UTF8), ParseOptions, path: "/project/User0.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>A fresh driver (no cached state) holding one schema as an additional file.</summary>
    public static GeneratorDriver CreateDriver(AdditionalText schema) =>
        CSharpGeneratorDriver.Create(
            [new GraphDsl.Generator.GraphDslGenerator().AsSourceGenerator()],
            [schema],
            ParseOptions,
            new InMemoryOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>No item metadata: the schema is picked up by its <c>*.openapi.json</c> name, as in a real project.</summary>
internal sealed class InMemoryOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly EmptyOptions None = new();

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}
