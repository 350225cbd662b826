using System.Diagnostics;
using Xunit;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>
/// A fact that needs Debian's python3 with python-socketio and uvicorn (websockets via wsproto); skipped with the reason otherwise.
/// Install with <c>apt-get install -y --no-install-recommends python3-socketio python3-uvicorn</c>.
/// </summary>
public sealed class PythonServerFactAttribute : FactAttribute
{
    /// <summary>Debian's interpreter: a <c>python3</c> earlier on <c>PATH</c> may not see Debian's packages.</summary>
    public const string Python = "/usr/bin/python3";

    private const string Install = "install with: apt-get install -y --no-install-recommends python3-socketio python3-uvicorn";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the python server cannot run here.</summary>
    public PythonServerFactAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed; {Install}";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import socketio, uvicorn, wsproto"])
            {
                RedirectStandardError = true,
            })!;
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                return $"{Python} did not finish importing socketio, uvicorn and wsproto within 30 s; {Install}";
            }

            return process.ExitCode == 0
                ? null
                : $"{Python} cannot import socketio, uvicorn and wsproto ({error.Result.Trim().Split('\n')[^1]}); {Install}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"{Python} could not be started ({ex.Message}); {Install}";
        }
    }
}
