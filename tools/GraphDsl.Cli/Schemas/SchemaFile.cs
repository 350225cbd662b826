using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace GraphDsl.Cli.Schemas;

/// <summary>Reads an InvokeAI OpenAPI document into the generator's model, the way the source generator does.</summary>
internal static class SchemaFile
{
    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <param name="path">The <c>openapi.json</c> file.</param>
    /// <param name="targetNamespace">The namespace of the generated code.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The model and the warnings the generator would report.</returns>
    /// <exception cref="CliException">The file cannot be read, or the generator would report an error for it (message: file(line,col): id: text).</exception>
    public static async Task<(GenerationModel Model, IReadOnlyList<string> Warnings)> LoadAsync(string path, string targetNamespace, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read the schema '{path}': {exception.Message}", exception);
        }

        var result = SchemaParser.Parse(Path.GetFullPath(path), text, targetNamespace, cancellationToken);
        var diagnostics = result.Diagnostics.Select(d => d.ToDiagnostic()).ToList();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.Model is null)
        {
            var first = errors.Count > 0 ? Format(errors[0]) : $"{path}: no InvokeAI invocations found";
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error(s))" : "";
            throw new CliException(first + more);
        }

        return (result.Model, diagnostics.Select(Format).ToList());
    }

    /// <summary>A diagnostic as the compiler prints it: <c>file(line,col): error GDSL001: message</c>.</summary>
    public static string Format(Diagnostic diagnostic) => diagnostic.ToString();
}
