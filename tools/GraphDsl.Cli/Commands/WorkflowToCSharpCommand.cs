using System.CommandLine;
using System.Text;
using GraphDsl.Cli.Eject;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Workflows;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using GraphDsl.Workflows;
using Spectre.Console;

namespace GraphDsl.Cli.Commands;

/// <summary><c>workflow to-csharp</c>: writes C# that builds a saved workflow's graph with the generated typed API.</summary>
internal static class WorkflowToCSharpCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("WORKFLOW") { Description = "A workflow saved from InvokeAI's workflow editor (JSON)." };
        var schema = ServerSchema.Option();
        schema.Description = "The InvokeAI OpenAPI document the bindings are generated from (default: InvokeAI 6.14, built in).";
        var className = new Option<string?>("--class", "-c") { Description = "The class name, or Namespace.Class (default: from the workflow's name, no namespace)." };
        className.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !Identifiers.IsValidNamespace(value))
                result.AddError($"'{value}' is not a valid C# class name.");
        });
        var ns = new Option<string>("--namespace", "-n")
        {
            Description = "The namespace of the generated bindings the code uses.",
            DefaultValueFactory = _ => SchemaParser.DefaultNamespace,
        };
        ns.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Identifiers.IsValidNamespace(value))
                result.AddError($"'{value}' is not a valid C# namespace.");
        });
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The .cs file to write (default: standard output)." };
        var command = new Command("to-csharp", "Write C# that builds the workflow's graph with the typed API generated from the schema: a variable per node, "
            + "literal values, port assignments for edges, the exposed fields as parameters of Build(). What the typed API cannot say is "
            + "written with g.Connect or as JSON, and listed on standard error.")
        {
            file, schema, className, ns, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context, parse, parse.GetValue(file)!, parse.GetValue(schema), parse.GetValue(className), parse.GetValue(ns)!, parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, System.CommandLine.ParseResult parse, FileInfo file, FileInfo? schema, string? className, string ns, FileInfo? output, CancellationToken cancellationToken)
    {
        var model = await WorkflowFile.LoadModelAsync(context, schema, ns, cancellationToken).ConfigureAwait(false);
        Workflow workflow;
        WorkflowGraph converted;
        try
        {
            workflow = await WorkflowFile.LoadAsync(file, ModelNodeCatalog.Create(model), cancellationToken).ConfigureAwait(false);
            converted = workflow.ToGraph();
        }
        catch (WorkflowException exception)
        {
            return await WorkflowFile.ReportAsync(context, file, exception).ConfigureAwait(false);
        }
        await WorkflowFile.ReportDropsAsync(context, file, converted.Dropped, parse.GetValue(context.Verbose)).ConfigureAwait(false);

        var result = WorkflowEjector.Eject(WorkflowRequests.From(workflow, converted, className), model);
        foreach (var note in WorkflowRequests.ConversionNotes(converted).Concat(result.Notes))
            await context.Error.WriteLineAsync($"{file.Name}: note: {note}").ConfigureAwait(false);
        if (output is null)
        {
            var writer = context.Console.Profile.Out.Writer;
            await writer.WriteAsync(result.Source).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        try
        {
            output.Directory?.Create();
            await File.WriteAllTextAsync(output.FullName, result.Source, Utf8NoBom, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{output.FullName}': {exception.Message}", exception);
        }
        context.Console.WriteLine($"{result.ClassName}: {converted.Graph.Nodes.Count} nodes, {converted.Graph.Edges.Count} edges, "
            + $"{result.Parameters.Count} parameter(s); written to {output.FullName}.");
        return ExitCodes.Success;
    }
}
