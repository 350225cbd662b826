using System.CommandLine;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Server;
using Spectre.Console;

namespace GraphDsl.Cli.Commands;

/// <summary><c>run</c>: enqueues a graph file, shows a progress bar per node, prints the results and downloads the images.</summary>
internal static class RunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("GRAPH") { Description = "A graph, a batch or an enqueue_batch request body (JSON)." };
        var url = ServerOptions.Url(required: false);
        var token = ServerOptions.Token();
        var emulator = ServerOptions.Emulator();
        var schema = ServerSchema.Option();
        schema.Description = "The InvokeAI OpenAPI document the graph is checked against before it is sent, and the emulator runs (default: InvokeAI 6.14, built in).";
        var images = ServerOptions.Images();
        var command = new Command("run", "Check a graph file locally, enqueue it, show a live progress bar per node, print every node's result and download the output images. "
            + "Exit code 1 when the graph is invalid or an item fails.")
        {
            file, url, token, emulator, schema, images,
        };
        ServerOptions.RequireOneTarget(command, url, emulator);
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new RunRequest(parse.GetValue(file)!, parse.GetValue(url), parse.GetValue(token), parse.GetValue(schema), parse.GetValue(images)!),
            cancellationToken));
        return command;
    }

    private sealed record RunRequest(FileInfo File, Uri? Url, string? Token, FileInfo? Schema, DirectoryInfo Images);

    private static async Task<int> RunAsync(CliContext context, RunRequest request, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var document = await GraphDocument.LoadAsync(request.File.FullName, cancellationToken).ConfigureAwait(false);
        var issues = new GraphChecker(ServerSchema.Load(request.Schema)).Check(document);
        if (issues.Count > 0)
        {
            foreach (var issue in issues)
                console.WriteLine($"{request.File.Name}: {issue}");
            console.MarkupLineInterpolated($"[red]{request.File.Name}: {issues.Count} problem(s); nothing was enqueued.[/]");
            return ExitCodes.Findings;
        }

        var batch = BatchReader.Read(document);
        await using var server = await ServerSession.OpenAsync(request.Url, request.Token, request.Schema, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"Running {request.File.Name} ({batch.SessionCount} item(s)) on {server.Description}.");
        return await BatchRunner.RunAsync(console, server.Client, batch, progress => server.Client.RunAsync(batch, progress, cancellationToken), request.Images, cancellationToken)
            .ConfigureAwait(false);
    }
}
