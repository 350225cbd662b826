using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GraphDsl.Emulator.Tests.Sockets;

/// <summary>
/// The real python-socketio client (Debian's 5.7.2) against the server: refused with a bad token, then connect with a
/// token, subscribe, receive, answer pings, disconnect.
/// </summary>
public sealed class PythonSocketIoInteropTests
{
    private const string Script = """
        import json, sys, threading
        import socketio

        url, token, transport, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
        sio = socketio.Client(reconnection=False, logger=True, engineio_logger=True)
        lock = threading.Lock()
        received = []

        # python-socketio runs each handler on its own thread, so arrival order is not preserved on this side.
        @sio.on("queue_item_status_changed")
        def on_status(data):
            with lock:
                received.append(data)
                sys.stdout.write(json.dumps(data) + "\n")
                sys.stdout.flush()
                if len(received) == expected:
                    threading.Thread(target=sio.disconnect).start()

        refused = socketio.Client(reconnection=False, logger=True, engineio_logger=True)

        @refused.event
        def connect_error(data):
            print("connect_error: " + json.dumps(data, separators=(",", ":")), flush=True)

        try:
            # After a refusal this client version still waits out wait_timeout before raising.
            refused.connect(url, socketio_path="/ws/socket.io", auth={"token": "nobody"}, transports=[transport], wait_timeout=1)
            print("unexpectedly accepted", flush=True)
        except socketio.exceptions.ConnectionError:
            pass

        sio.connect(url, socketio_path="/ws/socket.io", auth={"token": token}, transports=[transport], wait_timeout=10)
        sio.call("subscribe_queue", {"queue_id": "default"}, timeout=10)
        print("subscribed " + sio.transport(), flush=True)
        sio.wait()
        print("done", flush=True)
        """;

    [PythonSocketIoTheory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task PythonSocketIoClient_IsRefusedThenConnectsSubscribesAndReceives(string transport)
    {
        // A short ping interval: python-engineio's polling client only finishes disconnecting when its pending GET
        // returns, which the next ping makes happen; it also exercises the client's pongs.
        await using var host = await SocketTestHost.StartAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
        var scriptPath = Path.Combine(Path.GetTempPath(), $"sio-interop-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(scriptPath, Script);
        using var process = Process.Start(new ProcessStartInfo(
            PythonSocketIoTheoryAttribute.Python, [scriptPath, host.BaseUri.ToString().TrimEnd('/'), "alice", transport, "3"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.Equal("connect_error: {\"message\":\"Connection rejected by server\"}", await ReadLineAsync(process, stderr));
            Assert.Equal("subscribed " + transport, await ReadLineAsync(process, stderr));

            string[] statuses = ["pending", "in_progress", "completed"];
            for (var i = 0; i < statuses.Length; i++)
            {
                await host.Server.EmitAsync(
                    "queue_item_status_changed", new JsonObject { ["item_id"] = 1, ["status"] = statuses[i], ["status_sequence"] = i }, ["default"]);
            }

            var received = new List<JsonElement>();
            for (var i = 0; i < statuses.Length; i++)
            {
                received.Add(JsonDocument.Parse(await ReadLineAsync(process, stderr)).RootElement.Clone());
            }

            // Ordered by status_sequence, as InvokeAI's UI does.
            Assert.Equal(statuses, received.OrderBy(data => data.GetProperty("status_sequence").GetInt32()).Select(data => data.GetProperty("status").GetString()));

            Assert.Equal("done", await ReadLineAsync(process, stderr));
            await process.WaitForExitAsync().WaitAsync(EngineIoTestClient.Timeout);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            File.Delete(scriptPath);
        }
    }

    private static async Task<string> ReadLineAsync(Process process, Task<string> stderr)
    {
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("python-socketio client stalled: " + await stderr);
        }

        if (line is null)
        {
            await process.WaitForExitAsync().WaitAsync(EngineIoTestClient.Timeout);
            Assert.Fail("python-socketio client ended early: " + await stderr);
        }

        return line;
    }
}
