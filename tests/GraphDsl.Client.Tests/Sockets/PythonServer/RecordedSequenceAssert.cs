using System.Text.Json;
using GraphDsl.Client.Sockets;
using Xunit;

namespace GraphDsl.Client.Tests.Sockets.PythonServer;

/// <summary>Reads <see cref="InvokeSocket.Messages"/> with a timeout and checks them against the script's recorded sequence.</summary>
internal static class RecordedSequenceAssert
{
    /// <summary>The next message, or a <see cref="TimeoutException"/> after <see cref="PythonServerHost.Timeout"/>.</summary>
    public static async Task<SocketMessage> NextAsync(InvokeSocket socket) =>
        await socket.Messages.ReadAsync().AsTask().WaitAsync(PythonServerHost.Timeout);

    /// <summary>
    /// The next messages are exactly the recorded events, in order, each payload equal (as JSON) to what the script sent;
    /// plus the facts the client relies on, checked explicitly.
    /// </summary>
    public static async Task ReceivedInOrderAsync(InvokeSocket socket, IReadOnlyList<RecordedEvent> expected)
    {
        var received = new List<SocketMessage>();
        foreach (var recorded in expected)
        {
            var message = await NextAsync(socket);
            received.Add(message);
            Assert.Equal(SocketSignal.Event, message.Signal);
            Assert.Equal(recorded.Name, message.EventName);
            Assert.True(
                JsonElement.DeepEquals(recorded.Payload, message.Payload),
                $"The payload of {recorded.Name} differs from what the server sent: {Shorten(message.Payload.GetRawText())}");
        }

        Assert.Equal(
            ["queue_item_status_changed", "invocation_started", "invocation_progress", "invocation_complete", "queue_item_status_changed"],
            received.Select(m => m.EventName));
        Assert.Equal("in_progress", received[0].Payload.GetProperty("status").GetString());
        Assert.Equal(1, received[0].Payload.GetProperty("status_sequence").GetInt32());
        Assert.Equal("add_1", received[1].Payload.GetProperty("invocation_source_id").GetString());

        var progress = received[2].Payload;
        Assert.Equal(0.5, progress.GetProperty("percentage").GetDouble());
        var dataUrl = progress.GetProperty("image").GetProperty("dataURL").GetString();
        Assert.Equal(ExpectedDataUrl().Length, dataUrl?.Length);
        Assert.Equal(ExpectedDataUrl(), dataUrl);

        var result = received[3].Payload.GetProperty("result");
        Assert.Equal("integer_output", result.GetProperty("type").GetString());
        Assert.Equal(5, result.GetProperty("value").GetInt32());
        Assert.Equal("completed", received[4].Payload.GetProperty("status").GetString());
        Assert.Equal(2, received[4].Payload.GetProperty("status_sequence").GetInt32());
    }

    /// <summary>The data URL the script builds: base64 of bytes <c>i % 256</c> for i below <see cref="PythonServerHost.ImageBytes"/>.</summary>
    public static string ExpectedDataUrl()
    {
        var bytes = new byte[PythonServerHost.ImageBytes];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 256);
        }

        return "data:image/jpeg;base64," + Convert.ToBase64String(bytes);
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
