using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>
/// Compiles ejected C# in memory against the 6.14 bindings, generated here by the source generator itself from
/// <c>schemas/invokeai-6.14.openapi.json</c> and compiled once, with the runtime's references.
/// </summary>
internal static class EjectCompiler
{
    /// <summary>The assembly name of the in-memory 6.14 bindings.</summary>
    public const string BindingsAssembly = "Ejected.Bindings614";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Platform = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(GraphBuilder).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    private static readonly Lazy<(MetadataReference Reference, LoadContext Context)> Bindings = new(CompileBindings, LazyThreadSafetyMode.ExecutionAndPublication);

    private static int _count;

    /// <summary>Compiles <paramref name="source"/>; the diagnostics are those of that file (warnings and errors).</summary>
    public static (Assembly? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Compile(string source)
    {
        var (bindings, context) = Bindings.Value;
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/ejected/Workflow.cs");
        var name = $"Ejected.Workflow{Interlocked.Increment(ref _count)}";
        var compilation = CSharpCompilation.Create(name, [tree], Platform.Value.Add(bindings), Options);
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return (null, diagnostics);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            return (null, [.. diagnostics, .. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        image.Position = 0;
        return (context.LoadFromStream(image), diagnostics);
    }

    /// <summary>The file with line numbers, for failure messages.</summary>
    public static string Numbered(string source) =>
        string.Join("\n", source.Split('\n').Select((line, i) => $"{i + 1,4}: {line}"));

    private static (MetadataReference, LoadContext) CompileBindings()
    {
        var schema = CliHarness.TestFile("schemas/invokeai-6.14.openapi.json");
        var compilation = CSharpCompilation.Create(BindingsAssembly, [], Platform.Value, Options);
        CSharpGeneratorDriver.Create([new GraphDslGenerator().AsSourceGenerator()], [new SchemaText(schema)], ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(generated.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("The 6.14 bindings do not compile:\n" + string.Join("\n", errors.Take(20)));
        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException("The 6.14 bindings do not emit:\n" + string.Join("\n", emitted.Diagnostics.Take(20)));
        var bytes = image.ToArray();
        return (MetadataReference.CreateFromImage(bytes), new LoadContext(bytes));
    }

    /// <summary>Holds the bindings and every ejected assembly; <c>GraphDsl.Runtime</c> comes from the default context, so its types are the test's.</summary>
    private sealed class LoadContext : AssemblyLoadContext
    {
        private readonly Assembly _bindings;

        public LoadContext(byte[] bindings) : base("ejected-workflows") => _bindings = LoadFromStream(new MemoryStream(bindings));

        protected override Assembly? Load(AssemblyName assemblyName) => assemblyName.Name == BindingsAssembly ? _bindings : null;
    }

    private sealed class SchemaText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
