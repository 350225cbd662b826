using System.Diagnostics;
using System.Text;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>
/// One running <c>invokeai_events_server.py</c> (uvicorn): started and awaited until it prints <c>ready</c>; disposing
/// kills it hard (uvicorn may take long to exit on SIGTERM) and waits for it to be gone.
/// </summary>
internal sealed class PythonServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private PythonServerProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(line);
                }
            }
        };
    }

    /// <summary>What the server wrote to stderr so far (uvicorn and socket.io warnings, tracebacks).</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <c>python3 SCRIPT serve PORT TOKEN IMAGE_BYTES</c> and returns once it listens.</summary>
    /// <exception cref="InvalidOperationException">The server exited (e.g. the port was taken) before it was ready.</exception>
    /// <exception cref="TimeoutException">It did not get ready within <see cref="PythonServerHost.Timeout"/>.</exception>
    public static async Task<PythonServerProcess> StartAsync(string scriptPath, int port, string token, int imageBytes)
    {
        var info = new ProcessStartInfo(
            PythonServerFactAttribute.Python,
            [scriptPath, "serve", port.ToString(System.Globalization.CultureInfo.InvariantCulture), token, imageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var server = new PythonServerProcess(Process.Start(info)!);
        try
        {
            server._process.BeginErrorReadLine();
            var line = await server._process.StandardOutput.ReadLineAsync().WaitAsync(PythonServerHost.Timeout);
            if (line != "ready")
            {
                await server.KillAsync();
                throw new InvalidOperationException($"The python socket.io server did not start on port {port} (stdout: {line ?? "<eof>"}):\n{server.Stderr}");
            }

            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process tree (SIGKILL) and waits until it has exited.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(PythonServerHost.Timeout);
    }

    /// <summary>Kills the server if it still runs and releases the process handle.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
        }
    }
}
