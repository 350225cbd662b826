using System.CommandLine;
using System.Text;
using GraphDsl.Cli.Schemas;
using Spectre.Console;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Commands;

/// <summary><c>generate</c>: writes the sources the source generator emits, for tooling that cannot run one.</summary>
internal static class GenerateCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var schema = new Option<FileInfo>("--schema", "-s") { Description = "The InvokeAI OpenAPI document (openapi.json).", Required = true };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write the .g.cs files to (created if missing).", Required = true };
        var ns = new Option<string>("--namespace", "-n")
        {
            Description = "The namespace of the generated types.",
            DefaultValueFactory = _ => SchemaParser.DefaultNamespace,
        };
        ns.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Identifiers.IsValidNamespace(value))
                result.AddError($"'{value}' is not a valid C# namespace.");
        });
        var command = new Command("generate", "Write the C# the GraphDsl source generator emits for a schema: the same files, byte for byte. "
            + "Unchanged files are left untouched; {namespace}.*.g.cs files the schema no longer produces are deleted.")
        {
            schema, output, ns,
        };
        command.SetAction((parse, cancellationToken) => GenerateAsync(context, parse.GetValue(schema)!, parse.GetValue(output)!, parse.GetValue(ns)!, cancellationToken));
        return command;
    }

    private static async Task<int> GenerateAsync(CliContext context, FileInfo schema, DirectoryInfo output, string ns, CancellationToken cancellationToken)
    {
        var (model, warnings) = await SchemaFile.LoadAsync(schema.FullName, ns, cancellationToken).ConfigureAwait(false);
        foreach (var warning in warnings)
            await context.Error.WriteLineAsync(warning).ConfigureAwait(false);

        output.Create();
        var written = 0;
        var unchanged = 0;
        var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in new SourceEmitter().EmitAll(model))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(output.FullName, source.HintName);
            expected.Add(Path.GetFileName(path));
            if (File.Exists(path) && await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) == source.Text)
            {
                unchanged++;
                continue;
            }

            await File.WriteAllTextAsync(path, source.Text, Utf8NoBom, cancellationToken).ConfigureAwait(false);
            written++;
        }

        var deleted = 0;
        foreach (var stale in output.EnumerateFiles($"{ns}.*.g.cs").Where(f => !expected.Contains(f.Name)))
        {
            stale.Delete();
            deleted++;
        }

        context.Console.WriteLine(
            $"{model.Nodes.Count} nodes, {model.Outputs.Count} outputs, {model.Objects.Count} field types, {model.Enums.Count} enums in namespace {ns}: "
            + $"{written} file(s) written, {unchanged} unchanged, {deleted} stale deleted in {output.FullName}.");
        return ExitCodes.Success;
    }
}
