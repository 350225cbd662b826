using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphDsl.Client.Sockets;
using GraphDsl.Emulator;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary>Reading <see cref="InvokeSocket.Messages"/> with a timeout, and driving the emulator over HTTP.</summary>
internal static class SocketTestHelpers
{
    /// <summary>Generous: only reached when a test fails.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    public static async Task<SocketMessage> NextAsync(InvokeSocket socket) =>
        await socket.Messages.ReadAsync().AsTask().WaitAsync(WaitLimit);

    public static async Task<string> NextAsync(Channel<string> channel) =>
        await channel.Reader.ReadAsync().AsTask().WaitAsync(WaitLimit);

    /// <summary>Messages up to and including the first that matches.</summary>
    public static async Task<List<SocketMessage>> ReadUntilAsync(InvokeSocket socket, Func<SocketMessage, bool> last)
    {
        var messages = new List<SocketMessage>();
        while (true)
        {
            var message = await NextAsync(socket);
            messages.Add(message);
            if (last(message))
                return messages;
        }
    }

    /// <summary>Whether this is <c>queue_item_status_changed</c> for <paramref name="itemId"/> (and, if given, that status).</summary>
    public static bool IsStatus(SocketMessage message, long itemId, string? status = null) =>
        message is { Signal: SocketSignal.Event, EventName: "queue_item_status_changed" }
        && message.Payload.GetProperty("item_id").GetInt64() == itemId
        && (status is null || message.Payload.GetProperty("status").GetString() == status);

    public static async Task<long> EnqueueAsync(InvokeEmulator server, string? token = null)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var body = JsonNode.Parse("""{"batch":{"graph":{"id":"g","nodes":{"n":{"id":"n","type":"add","a":1,"b":2}},"edges":[]}}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/queue/default/enqueue_batch") { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return result.RootElement.GetProperty("item_ids")[0].GetInt64();
    }

    public static async Task<string> LoginAsync(InvokeEmulator server, string email, string password)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await http.PostAsJsonAsync("api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return result.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>Enqueues an item and returns its status events once it completed (the socket is subscribed).</summary>
    public static async Task<List<string?>> RunItemAsync(InvokeSocket socket, InvokeEmulator server, string? token = null)
    {
        var itemId = await EnqueueAsync(server, token);
        var messages = await ReadUntilAsync(socket, m => IsStatus(m, itemId, "completed"));
        return messages.Where(m => IsStatus(m, itemId)).Select(m => m.Payload.GetProperty("status").GetString()).ToList();
    }
}
