using System.Text.Json;

namespace GraphDsl.Client.Sockets;

/// <summary>One item from <see cref="InvokeSocket.Messages"/>.</summary>
/// <param name="Signal">What happened.</param>
/// <param name="EventName">The event name, for <see cref="SocketSignal.Event"/>.</param>
/// <param name="Payload">The event payload, the accepted connect's data, or the refusal's data; <c>default</c> when there is none. Owns its memory.</param>
/// <param name="Reason">Why, for <see cref="SocketSignal.Disconnected"/> and <see cref="SocketSignal.Refused"/>.</param>
internal sealed record SocketMessage(SocketSignal Signal, string? EventName, JsonElement Payload, string? Reason);
