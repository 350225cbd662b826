using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GraphDsl.Generator;

/// <summary>
/// Generates typed InvokeAI nodes from every <c>AdditionalFiles</c> item named <c>*.openapi.json</c> or marked
/// <c>GraphDslSchema="true"</c>, into namespace <c>InvokeAI.Nodes</c> or the item's <c>GraphDslNamespace</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GraphDslGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSchemaFile(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SchemaFiles);

        var parsed = files
            .Select(static (file, cancellationToken) => (file.Path, file.Namespace, file.InvalidNamespace, Result: SchemaParser.Parse(file.Path, file.Text, file.Namespace, cancellationToken)))
            .WithTrackingName(TrackingNames.Parse);

        var diagnostics = parsed
            .Select(static (p, _) => NamespaceDiagnostic(p.Path, p.InvalidNamespace) is { } extra ? p.Result.Diagnostics.Append(extra).ToEquatableArray() : p.Result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var diagnostic in list)
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });

        // Two files into one namespace would define every type twice: the first by path wins, the others are reported.
        var namespaces = files
            .Select(static (file, _) => (file.Path, file.Namespace))
            .Collect()
            .Select(static (all, _) => all.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => new NamespaceClaim(f.Path, f.Namespace)).ToEquatableArray())
            .WithTrackingName(TrackingNames.Namespaces);
        context.RegisterSourceOutput(namespaces, static (spc, claims) =>
        {
            foreach (var claim in claims)
            {
                var owner = claims.First(c => c.Namespace == claim.Namespace);
                if (owner.Path != claim.Path)
                {
                    var location = Location.Create(claim.Path, default, default);
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateNamespace, location, Path.GetFileName(claim.Path), claim.Namespace, Path.GetFileName(owner.Path)));
                }
            }
        });

        var models = parsed
            .Select(static (p, _) => (p.Path, p.Result.Model))
            .Combine(namespaces)
            .Select(static (pair, _) =>
            {
                var (path, model) = pair.Left;
                return model is not null && pair.Right.First(c => c.Namespace == model.Namespace).Path == path ? model : null;
            })
            .WithTrackingName(TrackingNames.Model);

        var units = models
            .SelectMany(static (model, _) => model is null ? ImmutableArray<EmitUnit>.Empty : EmitUnit.Split(model).ToImmutableArray())
            .WithTrackingName(TrackingNames.Units);
        var emitter = new SourceEmitter();
        context.RegisterSourceOutput(units, (spc, unit) =>
        {
            var source = emitter.Emit(unit);
            spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
        });
    }

    private static SchemaFile? ReadSchemaFile(AdditionalText text, AnalyzerConfigOptions options, System.Threading.CancellationToken cancellationToken)
    {
        var marked = options.TryGetValue("build_metadata.AdditionalFiles.GraphDslSchema", out var flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        if (!marked && !text.Path.EndsWith(".openapi.json", StringComparison.OrdinalIgnoreCase))
            return null;
        var content = text.GetText(cancellationToken)?.ToString() ?? "";
        string? invalid = null;
        var ns = SchemaParser.DefaultNamespace;
        if (options.TryGetValue("build_metadata.AdditionalFiles.GraphDslNamespace", out var requested) && !string.IsNullOrWhiteSpace(requested))
        {
            requested = requested.Trim();
            if (Identifiers.IsValidNamespace(requested))
                ns = requested;
            else
                invalid = requested;
        }
        return new SchemaFile(text.Path, ns, invalid, content);
    }

    private static DiagnosticInfo? NamespaceDiagnostic(string path, string? invalidNamespace) =>
        invalidNamespace is null
            ? null
            : new DiagnosticInfo(DiagnosticDescriptors.InvalidNamespace.Id, new SchemaLocation(path, 0, 0, 0, 0, 0, 0), new[] { invalidNamespace, Path.GetFileName(path) }.ToEquatableArray());

    private sealed record NamespaceClaim(string Path, string Namespace);
}
