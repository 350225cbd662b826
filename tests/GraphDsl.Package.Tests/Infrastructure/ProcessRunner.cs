using System.Diagnostics;
using System.Text;
using Xunit;

namespace GraphDsl.Package.Tests.Infrastructure;

/// <summary>Runs child processes (mostly the <c>dotnet</c> CLI) with a timeout, capturing what they print.</summary>
internal static class ProcessRunner
{
    /// <summary>How long one command may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The <c>dotnet</c> host running these tests (so the children use the same SDK install).</summary>
    public static string DotNetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
        ? host
        : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and fails the test unless it exits with 0.</summary>
    public static Task<ProcessResult> DotNetAsync(string workingDirectory, params string[] arguments)
        => RunAsync(DotNetHost, workingDirectory, expectedExitCode: 0, arguments);

    /// <summary>
    /// Runs <paramref name="program"/> and fails the test, showing everything it printed, when it exits with another
    /// code than <paramref name="expectedExitCode"/> or runs longer than <see cref="Timeout"/>.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(string program, string workingDirectory, int expectedExitCode, params string[] arguments)
    {
        var result = await RunAsync(program, workingDirectory, arguments);
        if (result.ExitCode != expectedExitCode)
        {
            Assert.Fail($"Expected exit code {expectedExitCode}.\n{result}");
        }

        return result;
    }

    /// <summary>Runs <paramref name="program"/> to its end (failing the test on a timeout) and returns what it did.</summary>
    public static async Task<ProcessResult> RunAsync(string program, string workingDirectory, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ConfigureEnvironment(start.Environment);

        var capture = new Capture();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => capture.Add(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => capture.Add(e.Data, error: true);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = string.Join(' ', arguments.Prepend(program).Select(Quote));
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Timed out after {Timeout}: {commandLine} (in {workingDirectory})\n--- output ---\n{capture.Text(capture.All)}");
        }

        return new ProcessResult(
            commandLine,
            workingDirectory,
            process.ExitCode,
            capture.Text(capture.Output),
            capture.Text(capture.Error),
            capture.Text(capture.All));
    }

    /// <summary>Quiet children: no telemetry, banners or first-run work, no MSBuild nodes left behind.</summary>
    private static void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        // Inherited from the dotnet that started the test host; each child SDK sets its own.
        foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
        {
            environment.Remove(inherited);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";

        // An installed tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default place.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")) && Path.IsPathRooted(DotNetHost))
        {
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotNetHost);
        }
    }

    private static string Quote(string argument)
        => argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : $"\"{argument.Replace("\"", "\\\"")}\"";

    /// <summary>The lines a process printed, per stream and interleaved.</summary>
    private sealed class Capture
    {
        public StringBuilder Output { get; } = new();

        public StringBuilder Error { get; } = new();

        public StringBuilder All { get; } = new();

        public void Add(string? line, bool error)
        {
            if (line is null)
            {
                return;
            }

            lock (All)
            {
                (error ? Error : Output).AppendLine(line);
                All.AppendLine(line);
            }
        }

        public string Text(StringBuilder stream)
        {
            lock (All)
            {
                return stream.ToString();
            }
        }
    }
}

/// <summary>What a finished child process did.</summary>
/// <param name="CommandLine">The program and its arguments, for messages.</param>
/// <param name="WorkingDirectory">Where it ran.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
/// <param name="Output">Both streams, interleaved in the order the lines arrived.</param>
internal sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    string Output)
{
    /// <summary>The command, its exit code and its full output, for assertion messages.</summary>
    public override string ToString()
        => $"{CommandLine} (in {WorkingDirectory}) exited with {ExitCode}\n--- output ---\n{Output}--- end ---";
}
