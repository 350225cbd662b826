using System.CommandLine;
using System.Text.Json;
using GraphDsl.Cli.Graphs;
using GraphDsl.Cli.Server;
using GraphDsl.Generator.Parsing;
using Spectre.Console;

namespace GraphDsl.Cli.Commands;

/// <summary><c>schema pull</c>: saves a server's <c>/openapi.json</c>, pretty-printed and stable.</summary>
internal static class SchemaPullCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var url = ServerOptions.Url(required: true);
        var token = ServerOptions.Token();
        var output = new Option<FileInfo>("--output", "-o")
        {
            Description = "Where to save the document (replaced only once the whole document has been read).",
            Required = true,
        };
        var command = new Command("pull", "Save a server's /openapi.json (pretty-printed, LF line ends, the server's key order) and print its InvokeAI version and node count.")
        {
            url, token, output,
        };
        command.SetAction((parse, cancellationToken) => PullAsync(context, parse.GetValue(url)!, parse.GetValue(token), parse.GetValue(output)!, cancellationToken));
        return command;
    }

    private static async Task<int> PullAsync(CliContext context, Uri server, string? token, FileInfo output, CancellationToken cancellationToken)
    {
        using var http = ServerHttp.Create(server, token, TimeSpan.FromSeconds(100));
        using var document = await ServerHttp.GetJsonAsync(http, "openapi.json", cancellationToken).ConfigureAwait(false);
        var version = await ServerHttp.GetVersionAsync(http, cancellationToken).ConfigureAwait(false);

        var pretty = PrettyJson.Format(document);
        var parsed = SchemaParser.Parse(output.FullName, pretty, SchemaParser.DefaultNamespace, cancellationToken);
        var nodes = parsed.Model?.Nodes.Count ?? 0;
        if (nodes == 0)
            throw new CliException($"{server} served an OpenAPI document without InvokeAI invocations; nothing was saved.");

        await WriteAtomicallyAsync(output, pretty, cancellationToken).ConfigureAwait(false);
        context.Console.MarkupLineInterpolated($"Saved [bold]{output.FullName}[/]: InvokeAI {version ?? "(version unknown)"}, {nodes} nodes.");
        return ExitCodes.Success;
    }

    private static async Task WriteAtomicallyAsync(FileInfo output, string text, CancellationToken cancellationToken)
    {
        var directory = output.Directory ?? new DirectoryInfo(Directory.GetCurrentDirectory());
        directory.Create();
        var temporary = Path.Combine(directory.FullName, $".{output.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, text, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, output.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
