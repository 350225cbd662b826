using Spectre.Console.Testing;

namespace GraphDsl.Cli.Tests.Infrastructure;

/// <summary>What one run of the command line gave.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Output}\n--- err ---\n{Error}";
}

/// <summary>Runs <c>graphdsl</c> in process, capturing its console and error output.</summary>
public static class CliHarness
{
    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(400);
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, console, error, CancellationToken.None);
        return new CliResult(exit, console.Output, error.ToString());
    }

    /// <summary>A file of the test output folder (schemas/…, Data/…).</summary>
    public static string TestFile(string relative) => Path.Combine(AppContext.BaseDirectory, relative);
}
