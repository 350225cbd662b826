using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphDsl.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in-process over schema files and user sources, the way the compiler does.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(GraphBuilder).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/project/User{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver CreateDriver(IEnumerable<SchemaInput> schemas, bool trackSteps = true) =>
        CreateDriver(schemas, out _, trackSteps);

    /// <summary>Creates a driver; <paramref name="texts"/> are the additional files it holds, for <c>ReplaceAdditionalText</c>.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<SchemaInput> schemas, out IReadOnlyList<AdditionalText> texts, bool trackSteps = true)
    {
        var list = schemas.ToList();
        texts = list.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var metadata = list.ToDictionary(s => s.Path, s =>
        {
            var values = new Dictionary<string, string>();
            if (s.Namespace is not null)
                values["build_metadata.AdditionalFiles.GraphDslNamespace"] = s.Namespace;
            if (s.Marked)
                values["build_metadata.AdditionalFiles.GraphDslSchema"] = "true";
            return values;
        });
        return CSharpGeneratorDriver.Create(
            [new GraphDslGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new TestOptionsProvider(metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Generates from <paramref name="schemas"/> and compiles the result together with <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(IEnumerable<SchemaInput> schemas, params string[] sources)
    {
        var compilation = CreateCompilation(sources.Length == 0 ? ["namespace Empty { }"] : sources);
        var driver = CreateDriver(schemas).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, (CSharpCompilation)output, generatorDiagnostics);
    }

    public static GeneratorRun Run(SchemaInput schema, params string[] sources) => Run([schema], sources);
}

public sealed record GeneratorRun(GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler diagnostics that are warnings or errors (what <c>TreatWarningsAsErrors</c> would fail on).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems() =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Errors in the user's sources (not the generated ones).</summary>
    public IReadOnlyList<Diagnostic> UserErrors() =>
        Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.StartsWith("/project/User", StringComparison.Ordinal) == true).ToList();
}
