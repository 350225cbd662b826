using System.CommandLine;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Server;
using GraphDsl.Emulator;
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
        var emulator = new Option<bool>("--emulator") { Description = "Run on GraphDsl's in-process InvokeAI emulator instead of a server." };
        var schema = ServerSchema.Option();
        schema.Description = "The InvokeAI OpenAPI document the graph is checked against before it is sent, and the emulator runs (default: InvokeAI 6.14, built in).";
        var images = new Option<DirectoryInfo>("--images")
        {
            Description = "Where output images are downloaded.",
            DefaultValueFactory = _ => new DirectoryInfo("graphdsl-output"),
        };
        var command = new Command("run", "Check a graph file locally, enqueue it, show a live progress bar per node, print every node's result and download the output images. "
            + "Exit code 1 when the graph is invalid or an item fails.")
        {
            file, url, token, emulator, schema, images,
        };
        command.Validators.Add(result =>
        {
            var hasUrl = result.GetResult(url) is not null;
            var hasEmulator = result.GetValue(emulator);
            if (hasUrl == hasEmulator)
                result.AddError("give either --url URL or --emulator.");
        });
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
        await using var emulator = request.Url is null
            ? await InvokeEmulator.StartAsync(new EmulatorOptions { SchemaPath = request.Schema?.FullName }, cancellationToken).ConfigureAwait(false)
            : null;
        var server = emulator?.BaseAddress ?? request.Url!;
        string? version;
        using (var http = ServerHttp.Create(server, request.Token, TimeSpan.FromSeconds(30)))
            version = await ServerHttp.GetVersionAsync(http, cancellationToken).ConfigureAwait(false); // one quick attempt: an unreachable server fails here

        await using var client = new InvokeClient(server, new InvokeClientOptions { Token = request.Token });
        var where = emulator is null ? server.ToString() : "the in-process emulator";
        console.MarkupLineInterpolated($"Running {request.File.Name} ({batch.SessionCount} item(s)) on InvokeAI {version ?? "(version unknown)"}, {where}.");

        BatchRun runs;
        try
        {
            runs = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(progress => client.RunAsync(batch, new NodeProgressBars(progress, batch.SessionCount > 1), cancellationToken))
                .ConfigureAwait(false);
        }
        catch (QueueItemException failed)
        {
            console.MarkupLineInterpolated($"[red]{failed.Message}[/]");
            return ExitCodes.Findings;
        }

        var downloaded = await PrintResultsAsync(console, client, runs, batch.Graph, request.Images, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[green]{runs.Count} item(s) completed[/]{(downloaded > 0 ? $"; {downloaded} image(s) saved in {request.Images.FullName}" : "")}.");
        return ExitCodes.Success;
    }

    private static async Task<int> PrintResultsAsync(IAnsiConsole console, InvokeClient client, BatchRun runs, Graph graph, DirectoryInfo images, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("Item", "Node", "Result");
        var downloaded = 0;
        foreach (var run in runs)
        {
            foreach (var node in graph.NodeKeys)
            {
                foreach (var output in run.RawOutputs(node))
                {
                    var names = new List<string>();
                    foreach (var name in ImageNames.In(output))
                    {
                        images.Create();
                        var path = Path.Combine(images.FullName, name);
                        await client.DownloadImageAsync(name, path, cancellationToken: cancellationToken).ConfigureAwait(false);
                        names.Add(path);
                        downloaded++;
                    }

                    var text = ResultText.Describe(output);
                    table.AddRow(new Text(run.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(node), new Text(names.Count > 0 ? $"{text} → saved as {string.Join(", ", names)}" : text));
                }
            }
        }

        console.Write(table);
        return downloaded;
    }
}
