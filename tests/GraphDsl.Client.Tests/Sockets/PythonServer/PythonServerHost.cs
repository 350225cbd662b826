using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>
/// The script written to a temp folder, a loopback port and a token for one test: starts (and restarts, on the same
/// port) the python server and reads the sequence it replays. Disposing kills a running server and deletes the folder.
/// </summary>
internal sealed class PythonServerHost : IAsyncDisposable
{
    /// <summary>The limit of every wait on the python side or the socket; only reached when a test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Bytes behind the progress image's data URL: ~200 KB of base64, so the message spans several frames.</summary>
    public const int ImageBytes = 150_000;

    private readonly string _folder;
    private PythonServerProcess? _server;

    private PythonServerHost(string folder, int port)
    {
        _folder = folder;
        Port = port;
        ScriptPath = Path.Combine(folder, InvokeAiEventsServerScript.FileName);
    }

    /// <summary>The loopback port the server listens on, the same across restarts.</summary>
    public int Port { get; }

    /// <summary>The token the server accepts in the <c>auth</c> payload.</summary>
    public string Token { get; } = "token-" + Guid.NewGuid().ToString("N");

    /// <summary>The server root for <see cref="GraphDsl.Client.Sockets.InvokeSocketOptions.BaseAddress"/>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Where the script was written.</summary>
    public string ScriptPath { get; }

    /// <summary>Writes the script to a new temp folder and picks a free loopback port.</summary>
    public static async Task<PythonServerHost> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphdsl-sio-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var host = new PythonServerHost(folder, FreePort());
        await File.WriteAllTextAsync(host.ScriptPath, InvokeAiEventsServerScript.Source);
        return host;
    }

    /// <summary>Starts the server (none may be running) and returns once it listens.</summary>
    public async Task StartServerAsync()
    {
        if (_server is not null)
        {
            throw new InvalidOperationException("The python server is already running.");
        }

        _server = await PythonServerProcess.StartAsync(ScriptPath, Port, Token, ImageBytes);
    }

    /// <summary>Kills the running server hard (SIGKILL, like a crash) and waits until it has exited.</summary>
    public async Task KillServerAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.DisposeAsync();
        }
    }

    /// <summary>What the running server wrote to stderr, for failure messages.</summary>
    public string ServerStderr => _server?.Stderr ?? "<no server running>";

    /// <summary>The sequence the server replays on <c>subscribe_queue</c>, as the script serializes it (<c>dump</c>).</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadSequenceAsync()
    {
        using var process = Process.Start(new ProcessStartInfo(
            PythonServerFactAttribute.Python, [ScriptPath, "dump", ImageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = await process.StandardOutput.ReadToEndAsync().WaitAsync(Timeout);
            await process.WaitForExitAsync().WaitAsync(Timeout);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The script's dump failed with exit code {process.ExitCode}:\n{await stderr.WaitAsync(Timeout)}");
            }

            using var document = JsonDocument.Parse(stdout);
            return document.RootElement.EnumerateArray()
                .Select(pair => new RecordedEvent(pair[0].GetString()!, pair[1].Clone()))
                .ToList();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Kills a running server and deletes the temp folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillServerAsync();
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
