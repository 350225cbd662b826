using GraphDsl.Cli;

return await CliApp.RunAsync(args, Spectre.Console.AnsiConsole.Console, System.Console.Error, default).ConfigureAwait(false);
