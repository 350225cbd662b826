using Spectre.Console;

namespace GraphDsl.Cli.Graphs;

/// <summary>Runs a batch with a live progress bar per node, then prints each node's result and downloads the output images.</summary>
internal static class BatchRunner
{
    /// <summary>Runs <paramref name="batch"/> by <paramref name="run"/> (the client's <c>RunAsync</c> or <c>RunWorkflowAsync</c>).</summary>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.Findings"/> when an item failed or was canceled.</returns>
    public static async Task<int> RunAsync(
        IAnsiConsole console,
        InvokeClient client,
        Batch batch,
        Func<IProgress<InvokeProgress>, Task<BatchRun>> run,
        DirectoryInfo images,
        CancellationToken cancellationToken)
    {
        BatchRun runs;
        try
        {
            runs = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(progress => run(new NodeProgressBars(progress, batch.SessionCount > 1)))
                .ConfigureAwait(false);
        }
        catch (QueueItemException failed)
        {
            console.MarkupLineInterpolated($"[red]{failed.Message}[/]");
            return ExitCodes.Findings;
        }

        var downloaded = await PrintResultsAsync(console, client, runs, batch.Graph, images, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"[green]{runs.Count} item(s) completed[/]{(downloaded > 0 ? $"; {downloaded} image(s) saved in {images.FullName}" : "")}.");
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
