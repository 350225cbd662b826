using System.CommandLine;

namespace GraphDsl.Cli.Commands;

/// <summary>The <c>schema</c> verb group: <c>pull</c> and <c>diff</c>.</summary>
internal static class SchemaCommands
{
    /// <summary>Creates the <c>schema</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var schema = new Command("schema", "Work with InvokeAI OpenAPI documents: pull one from a server, diff two versions.");
        schema.Subcommands.Add(SchemaPullCommand.Create(context));
        schema.Subcommands.Add(SchemaDiffCommand.Create(context));
        return schema;
    }
}
