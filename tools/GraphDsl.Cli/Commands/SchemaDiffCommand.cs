using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Cli.SchemaDiff;
using GraphDsl.Cli.Schemas;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Commands;

/// <summary><c>schema diff OLD NEW</c>: what changes between two InvokeAI schemas, and what of it breaks code generated from the old one.</summary>
internal static class SchemaDiffCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where the report and errors go.</param>
    public static Command Create(CliContext context)
    {
        var oldSchema = new Argument<FileInfo>("OLD")
        {
            Description = "The schema the existing code was generated from (an InvokeAI openapi.json).",
        };
        var newSchema = new Argument<FileInfo>("NEW")
        {
            Description = "The schema to move to (an InvokeAI openapi.json).",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the report as JSON (old, new, total, breaking, counts, changes) instead of tables.",
        };
        var command = new Command("diff",
            "Compare two InvokeAI schemas node by node: nodes, versions, inputs (added, removed, likely renamed, type, kind, "
            + "required, default), enum values, outputs and the schema objects the nodes use. Each change is marked BREAKING when code generated from OLD may no "
            + "longer compile against NEW. Exit code 1 when something breaks, 0 otherwise.")
        {
            oldSchema, newSchema, json,
        };
        command.SetAction((parse, cancellationToken) =>
            DiffAsync(context, parse.GetValue(oldSchema)!, parse.GetValue(newSchema)!, parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> DiffAsync(CliContext context, FileInfo oldFile, FileInfo newFile, bool json, CancellationToken cancellationToken)
    {
        var (oldModel, _) = await SchemaFile.LoadAsync(oldFile.FullName, SchemaParser.DefaultNamespace, cancellationToken).ConfigureAwait(false);
        var (newModel, _) = await SchemaFile.LoadAsync(newFile.FullName, SchemaParser.DefaultNamespace, cancellationToken).ConfigureAwait(false);
        var report = SchemaDiffer.Compare(oldModel, newModel);

        if (json)
            await context.Console.Profile.Out.Writer.WriteAsync(SchemaDiffJson.Write(report).AsMemory(), cancellationToken).ConfigureAwait(false);
        else
            SchemaDiffText.Write(context.Console, report);
        return report.HasBreaking ? ExitCodes.Findings : ExitCodes.Success;
    }
}
