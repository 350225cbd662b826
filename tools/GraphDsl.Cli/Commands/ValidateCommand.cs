using System.CommandLine;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Schemas;
using Spectre.Console;

namespace GraphDsl.Cli.Commands;

/// <summary><c>validate</c>: checks an untyped graph, batch or <c>enqueue_batch</c> body locally.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("GRAPH") { Description = "A graph, a batch or an enqueue_batch request body (JSON)." };
        var schema = ServerSchema.Option();
        var command = new Command("validate", "Check a graph as the server would at enqueue (every error with node and field), "
            + "plus the required inputs the server only checks when the node runs. Exit code 1 when there is a problem.")
        {
            file, schema,
        };
        command.SetAction((parse, cancellationToken) => ValidateAsync(context, parse.GetValue(file)!, parse.GetValue(schema), cancellationToken));
        return command;
    }

    private static async Task<int> ValidateAsync(CliContext context, FileInfo file, FileInfo? schemaFile, CancellationToken cancellationToken)
    {
        var document = await GraphDocument.LoadAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        var issues = new GraphChecker(ServerSchema.Load(schemaFile)).Check(document);
        var console = context.Console;
        foreach (var issue in issues)
            console.WriteLine($"{file.Name}: {issue}");

        if (issues.Count == 0)
        {
            console.MarkupLineInterpolated($"[green]{file.Name}: valid[/] ({Describe(document.Kind)}).");
            return ExitCodes.Success;
        }

        console.MarkupLineInterpolated($"[red]{file.Name}: {issues.Count} problem(s)[/].");
        return ExitCodes.Findings;
    }

    private static string Describe(GraphDocumentKind kind) => kind switch
    {
        GraphDocumentKind.Graph => "a graph",
        GraphDocumentKind.Batch => "a batch",
        _ => "an enqueue_batch body",
    };
}
