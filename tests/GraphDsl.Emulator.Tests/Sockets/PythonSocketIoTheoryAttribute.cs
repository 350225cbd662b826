using System.Diagnostics;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

/// <summary>
/// A theory that needs Debian's python3 with python-socketio, websocket-client and requests (for polling); skipped with the reason otherwise.
/// Install with <c>apt-get install -y --no-install-recommends python3-socketio python3-websocket python3-requests</c>.
/// </summary>
public sealed class PythonSocketIoTheoryAttribute : TheoryAttribute
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public PythonSocketIoTheoryAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        const string install = "install with: apt-get install -y --no-install-recommends python3-socketio python3-websocket python3-requests";
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed; {install}";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import socketio, websocket, requests"])
            {
                RedirectStandardError = true,
            })!;
            var error = process.StandardError.ReadToEnd();
            return process.WaitForExit(30_000) && process.ExitCode == 0
                ? null
                : $"{Python} cannot import socketio, websocket and requests ({error.Trim().Split('\n')[^1]}); {install}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"{Python} could not be started ({ex.Message}); {install}";
        }
    }
}
