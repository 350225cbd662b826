using System;
using System.Linq;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphDsl.Emulator.Sockets;

/// <summary>
/// Accepts a websocket upgrade: through ASP.NET Core's websocket middleware when the host uses it, else by answering the
/// RFC 6455 handshake itself, so mapping the endpoint is enough.
/// </summary>
internal static class WebSocketAcceptor
{
    private const string HandshakeGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>Whether the request asks for a websocket.</summary>
    public static bool IsWebSocketRequest(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest || ManualUpgrade(context) is not null;

    /// <summary>Accepts the websocket; <see langword="null"/> when the request is not a websocket upgrade.</summary>
    public static async Task<WebSocket?> AcceptAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = TimeSpan.Zero }).ConfigureAwait(false);
        }

        if (ManualUpgrade(context) is not { } upgrade)
        {
            return null;
        }

        var key = context.Request.Headers.SecWebSocketKey.ToString().Trim();
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + HandshakeGuid)));
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.SecWebSocketAccept = accept;
        var stream = await upgrade.UpgradeAsync().ConfigureAwait(false);
        return WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
    }

    private static IHttpUpgradeFeature? ManualUpgrade(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        if (upgrade is null || !upgrade.IsUpgradableRequest || !HttpMethods.IsGet(context.Request.Method))
        {
            return null;
        }

        var headers = context.Request.Headers;
        var wantsWebSocket = headers.Upgrade.Any(value => value is not null && value.Contains("websocket", StringComparison.OrdinalIgnoreCase));
        return wantsWebSocket && headers.SecWebSocketVersion.ToString() == "13" && !string.IsNullOrWhiteSpace(headers.SecWebSocketKey)
            ? upgrade
            : null;
    }
}
