using System.CommandLine;
using System.Text.Json;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Workflows;
using GraphDsl.Generator.Parsing;
using GraphDsl.Workflows;

namespace GraphDsl.Cli.Commands;

/// <summary><c>workflow graph</c>: prints the executable graph of a saved workflow, or its whole <c>enqueue_batch</c> body.</summary>
internal static class WorkflowGraphCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("WORKFLOW") { Description = "A workflow saved by InvokeAI's workflow editor (JSON)." };
        var schema = ServerSchema.Option();
        schema.Description = "The InvokeAI OpenAPI document of the server the workflow is for (default: InvokeAI 6.14, built in).";
        var batch = new Option<bool>("--batch") { Description = "Print the whole enqueue_batch body (graph, batch data, runs, the workflow) instead of the graph." };
        var runs = new Option<int>("--runs") { Description = "The batch's runs (the UI's iterations).", DefaultValueFactory = _ => 1 };
        var set = WorkflowSettings.Option();
        var command = new Command("graph", "Convert a saved workflow to the graph InvokeAI's UI would enqueue for it and print it as JSON. "
            + "With --verbose, what the UI leaves out (notes, connectors, batch nodes, duplicate edges, …) is listed on stderr.")
        {
            file, schema, batch, runs, set,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var model = await WorkflowFile.LoadModelAsync(context, parse.GetValue(schema), SchemaParser.DefaultNamespace, cancellationToken).ConfigureAwait(false);
            var workflowFile = parse.GetValue(file)!;
            try
            {
                var workflow = await WorkflowFile.LoadAsync(workflowFile, ModelNodeCatalog.Create(model), cancellationToken).ConfigureAwait(false);
                await WorkflowSettings.ApplyAsync(workflow, parse.GetValue(set) ?? [], server: null, cancellationToken).ConfigureAwait(false);
                var options = new WorkflowConversionOptions { Runs = parse.GetValue(runs) };
                var converted = workflow.ToGraph(options);
                await WorkflowFile.ReportDropsAsync(context, workflowFile, converted.Dropped, parse.GetValue(context.Verbose)).ConfigureAwait(false);
                var json = parse.GetValue(batch) ? workflow.ToBatch(options).ToEnqueueRequestJson() : converted.Graph.ToJson();
                await context.Console.Profile.Out.Writer.WriteAsync(PrettyJson.Format(json)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (WorkflowException exception)
            {
                return await WorkflowFile.ReportAsync(context, workflowFile, exception).ConfigureAwait(false);
            }
        });
        return command;
    }
}
