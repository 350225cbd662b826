using System.Collections.Immutable;
using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphDsl.Generator.Tests.Typing;

/// <summary>
/// The node classes of the real 6.14 schema, generated and bound once, and user snippets compiled against them.
/// </summary>
/// <remarks>
/// Generation takes seconds, so the generated compilation is cached; each snippet is one more syntax tree added
/// to it, and only that tree is bound for its diagnostics.
/// </remarks>
internal static class TypingCompilation
{
    /// <summary>Where the snippet lives; the generated sources have other paths.</summary>
    public const string SnippetPath = "/project/User0.cs";

    /// <summary>Ends every line on which a rejected case expects its compiler error.</summary>
    public const string RejectedMarker = "// rejected";

    private static readonly Lazy<CSharpCompilation> Generated = new(() =>
    {
        var driver = GeneratorHarness.CreateDriver([SchemaInput.Real("6.14")], trackSteps: false);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("The generator failed on the 6.14 schema:\n" + string.Join("\n", errors));
        return (CSharpCompilation)output;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compilation holding every class generated from the 6.14 schema, and no user source.</summary>
    public static CSharpCompilation Real614 => Generated.Value;

    /// <summary>
    /// A complete compilation unit: <paramref name="body"/> is the body of <c>Snippet.Build()</c>, which starts
    /// with <c>var g = new GraphBuilder();</c> and ends with <c>return g.Build();</c>.
    /// </summary>
    /// <remarks>
    /// Two literals are at hand for required inputs that are not under test: <c>AModel</c> (a
    /// <c>ModelIdentifierField</c>) and <c>AnImage</c> (an <c>ImageField</c>).
    /// </remarks>
    public static string Snippet(string body)
    {
        var indented = string.Join("\n", body.Trim('\r', '\n').Split('\n').Select(line => line.Length == 0 ? line : "        " + line.TrimEnd('\r')));
        return $$"""
            using GraphDsl;
            using InvokeAI.Nodes;

            internal static class Snippet
            {
                private static ModelIdentifierField AModel => new() { Key = "key", Hash = "hash", Name = "model", Base = BaseModelType.Sd1 };

                private static ImageField AnImage => new() { ImageName = "in.png" };

                internal static Graph Build()
                {
                    var g = new GraphBuilder();
            {{indented}}
                    return g.Build();
                }
            }

            """;
    }

    /// <summary>Parses <paramref name="source"/> as the user's file and adds it to the generated compilation.</summary>
    public static (CSharpCompilation Compilation, SyntaxTree Tree) With(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: SnippetPath);
        return (Real614.AddSyntaxTrees(tree), tree);
    }

    /// <summary>The compiler's diagnostics located in <paramref name="source"/> (declarations and method bodies).</summary>
    public static ImmutableArray<Diagnostic> DiagnosticsOf(string source)
    {
        var (compilation, tree) = With(source);
        return compilation.GetSemanticModel(tree).GetDiagnostics();
    }

    /// <summary>The zero-based line of a diagnostic.</summary>
    public static int LineOf(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    /// <summary>The source with line numbers, for failure messages.</summary>
    public static string Numbered(string source) =>
        string.Join("\n", source.Split('\n').Select((line, i) => $"{i + 1,3}: {line.TrimEnd('\r')}"));
}
