using System.CommandLine;
using Spectre.Console;

namespace GraphDsl.Cli;

/// <summary>What every verb of one command line shares: the console for results, tables and progress; the error writer for failures; the <c>--verbose</c> option.</summary>
/// <param name="Console">Results, tables and progress bars.</param>
/// <param name="Error">Error lines.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error)
{
    /// <summary>The <c>--verbose</c> option every verb accepts: full exception details on failure, and what a workflow conversion leaves out.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print full error details (with stack traces) when something fails, and what a workflow conversion leaves out.",
        Recursive = true,
    };
}
