using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Auth;
using Microsoft.Extensions.Logging;

// graphdsl-emulator [--port N] [--schema FILE] [--max-queue-size N] [--multiuser --user EMAIL:PASSWORD[:admin] ...]
var options = new EmulatorOptions { Port = 9090 };
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port":
            options.Port = int.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--schema":
            options.SchemaPath = Value();
            break;
        case "--max-queue-size":
            options.MaxQueueSize = int.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--multiuser":
            options.MultiUser = true;
            break;
        case "--user":
            var parts = Value().Split(':');
            if (parts.Length < 2)
                throw new ArgumentException("--user takes EMAIL:PASSWORD or EMAIL:PASSWORD:admin.");
            options.Users.Add(new EmulatorAccount(parts[0], parts[1], IsAdmin: parts.Length > 2 && parts[2] == "admin"));
            break;
        case "--help" or "-h":
            Console.WriteLine("graphdsl-emulator [--port N (9090)] [--schema OPENAPI.json (InvokeAI 6.14)] [--max-queue-size N] [--multiuser --user EMAIL:PASSWORD[:admin] ...]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'; see --help.");
            return 2;
    }
}

using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Information));
options.LoggerFactory = loggerFactory;
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
await using var server = await InvokeEmulator.StartAsync(options, stop.Token);
Console.WriteLine($"InvokeAI emulator ({server.Options.AppVersion}, {server.Schema.Nodes.Count} node types) listening on {server.BaseAddress}; Ctrl+C stops it.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}
return 0;
