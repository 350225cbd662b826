using Spectre.Console;

namespace GraphDsl.Cli;

/// <summary>What every verb writes to: the console for results, tables and progress; the error writer for failures.</summary>
/// <param name="Console">Results, tables and progress bars.</param>
/// <param name="Error">Error lines.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error);
