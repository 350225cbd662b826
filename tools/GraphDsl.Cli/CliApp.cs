using System.CommandLine;
using GraphDsl.Cli.Commands;
using Spectre.Console;

namespace GraphDsl.Cli;

/// <summary>The <c>graphdsl</c> command line: its verbs, and how failures reach the user.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where results, tables and progress go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="cancellationToken">Cancels the running verb (Ctrl+C).</param>
    /// <returns>The process exit code (<see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var context = new CliContext(console, error);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
                await error.WriteLineAsync($"graphdsl: {parseError.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("Run 'graphdsl --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Profile.Out.Writer,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var verbose = parse.GetValue(context.Verbose);
            await error.WriteLineAsync($"graphdsl: {Describe(exception, cancellationToken)}").ConfigureAwait(false);
            if (verbose)
                await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("graphdsl: InvokeAI graphs as compile-checked C#. Pull and diff schemas, generate bindings, validate and run graphs.");
        root.Options.Add(context.Verbose);
        root.Subcommands.Add(SchemaCommands.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(RunCommand.Create(context));
        root.Subcommands.Add(WorkflowCommands.Create(context));
        return root;
    }

    private static string Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => "canceled.",
        CliException cli => cli.Message,
        _ when Find<HttpRequestException>(exception) is { } http => $"the server could not be reached: {Innermost(http).Message}",
        TaskCanceledException => "the server did not answer in time.",
        InvokeException invoke => invoke.Message,
        IOException or UnauthorizedAccessException => exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
                return found;
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
            exception = exception.InnerException;
        return exception;
    }
}
