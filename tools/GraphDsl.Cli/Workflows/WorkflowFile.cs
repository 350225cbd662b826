using System.Text.Json;
using GraphDsl.Cli.Schemas;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using GraphDsl.Workflows;

namespace GraphDsl.Cli.Workflows;

/// <summary>Loads a saved workflow file against a schema, turning every failure into one clear message.</summary>
internal static class WorkflowFile
{
    /// <summary>
    /// The schema's model, its code in <paramref name="targetNamespace"/>: <paramref name="schema"/> (its generator warnings
    /// printed on stderr), or InvokeAI 6.14 (built in) when it is <see langword="null"/>.
    /// </summary>
    public static async Task<GenerationModel> LoadModelAsync(CliContext context, FileInfo? schema, string targetNamespace, CancellationToken cancellationToken)
    {
        if (schema is null)
            return DefaultSchema.Load(targetNamespace, cancellationToken);
        var (model, warnings) = await SchemaFile.LoadAsync(schema.FullName, targetNamespace, cancellationToken).ConfigureAwait(false);
        foreach (var warning in warnings)
            await context.Error.WriteLineAsync(warning).ConfigureAwait(false);
        return model;
    }

    /// <summary>Reads <paramref name="file"/> as a workflow of <paramref name="catalog"/>'s nodes.</summary>
    /// <exception cref="CliException">The file cannot be read, is not JSON (with line and column), or is not a workflow.</exception>
    /// <exception cref="WorkflowException">The workflow does not fit the schema; every problem is listed.</exception>
    public static async Task<Workflow> LoadAsync(FileInfo file, INodeCatalog catalog, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{file.FullName}': {exception.Message}", exception);
        }

        try
        {
            return Workflow.Parse(text, catalog);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $"({line + 1},{(exception.BytePositionInLine ?? 0) + 1})" : "";
            throw new CliException($"{file.Name}{where}: not valid JSON", exception);
        }
    }

    /// <summary>Prints every problem of a workflow that cannot be converted, one line each, and gives the exit code.</summary>
    public static async Task<int> ReportAsync(CliContext context, FileInfo file, WorkflowException exception)
    {
        foreach (var problem in exception.Problems)
            await context.Error.WriteLineAsync($"{file.Name}: {problem}").ConfigureAwait(false);
        await context.Error.WriteLineAsync($"{file.Name}: {exception.Problems.Count} problem(s); the workflow cannot be converted.").ConfigureAwait(false);
        return ExitCodes.Findings;
    }

    /// <summary>With <c>--verbose</c>, lists what the conversion leaves out as InvokeAI's UI does.</summary>
    public static async Task ReportDropsAsync(CliContext context, FileInfo file, IReadOnlyList<WorkflowDrop> dropped, bool verbose)
    {
        if (!verbose)
            return;
        foreach (var drop in dropped)
            await context.Error.WriteLineAsync($"{file.Name}: left out: {drop}").ConfigureAwait(false);
    }
}
