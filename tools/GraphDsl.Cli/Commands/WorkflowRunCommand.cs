using System.CommandLine;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Server;
using GraphDsl.Cli.Workflows;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using GraphDsl.Workflows;
using Spectre.Console;

namespace GraphDsl.Cli.Commands;

/// <summary><c>workflow run</c>: runs a saved workflow with inputs set by label, with a progress bar per node.</summary>
internal static class WorkflowRunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("WORKFLOW") { Description = "A workflow saved by InvokeAI's workflow editor (JSON)." };
        var url = ServerOptions.Url(required: false);
        var token = ServerOptions.Token();
        var emulator = ServerOptions.Emulator();
        var schema = ServerSchema.Option();
        schema.Description = "The InvokeAI OpenAPI document to convert against (default: the server's own /openapi.json; with --emulator, InvokeAI 6.14, built in).";
        var images = ServerOptions.Images();
        var runs = new Option<int>("--runs") { Description = "The batch's runs (the UI's iterations).", DefaultValueFactory = _ => 1 };
        var set = WorkflowSettings.Option();
        var command = new Command("run", "Convert a saved workflow as InvokeAI's UI does, set its exposed inputs, enqueue it, show a progress bar per node, "
            + "print every node's result and download the output images. Exit code 1 when the workflow does not fit the schema or an item fails.")
        {
            file, url, token, emulator, schema, images, runs, set,
        };
        ServerOptions.RequireOneTarget(command, url, emulator);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workflowFile = parse.GetValue(file)!;
            var schemaFile = parse.GetValue(schema);
            await using var server = await ServerSession.OpenAsync(parse.GetValue(url), parse.GetValue(token), schemaFile, cancellationToken).ConfigureAwait(false);
            var model = await LoadModelAsync(context, server, parse.GetValue(url) is not null, schemaFile, cancellationToken).ConfigureAwait(false);
            try
            {
                var workflow = await WorkflowFile.LoadAsync(workflowFile, ModelNodeCatalog.Create(model), cancellationToken).ConfigureAwait(false);
                await WorkflowSettings.ApplyAsync(workflow, parse.GetValue(set) ?? [], server.Client, cancellationToken).ConfigureAwait(false);
                var options = new WorkflowConversionOptions { Runs = parse.GetValue(runs) };
                if (parse.GetValue(context.Verbose))
                    await WorkflowFile.ReportDropsAsync(context, workflowFile, workflow.ToGraph(options).Dropped, verbose: true).ConfigureAwait(false);
                var batch = await server.Client.Workflows.ToBatchAsync(workflow, options, cancellationToken).ConfigureAwait(false);
                context.Console.MarkupLineInterpolated($"Running workflow '{workflow.Name}' ({batch.SessionCount} item(s)) on {server.Description}.");
                return await BatchRunner.RunAsync(context.Console, server.Client, batch, progress => server.Client.RunAsync(batch, progress, cancellationToken), parse.GetValue(images)!, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (WorkflowException exception)
            {
                return await WorkflowFile.ReportAsync(context, workflowFile, exception).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>The schema to convert against: the file given, else the server's own document, else (emulator) the built-in 6.14.</summary>
    private static async Task<GenerationModel> LoadModelAsync(CliContext context, ServerSession server, bool remote, FileInfo? schema, CancellationToken cancellationToken)
    {
        if (schema is not null || !remote)
            return await WorkflowFile.LoadModelAsync(context, schema, SchemaParser.DefaultNamespace, cancellationToken).ConfigureAwait(false);
        using var http = ServerHttp.Create(server.Client.BaseAddress, token: null, TimeSpan.FromSeconds(100));
        using var document = await ServerHttp.GetJsonAsync(http, "openapi.json", cancellationToken).ConfigureAwait(false);
        return SchemaParser.Parse("openapi.json", document.RootElement.GetRawText(), SchemaParser.DefaultNamespace, cancellationToken).Model
            ?? throw new CliException($"{server.Client.BaseAddress} serves an OpenAPI document without InvokeAI invocations.");
    }
}
