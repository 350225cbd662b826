using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator.Sockets;

/// <summary>
/// Engine.IO v4 long-polling: a GET without <c>sid</c> opens a session; a GET returns the queued packets joined by
/// <c>\x1e</c> (waiting until there is one); a POST delivers the client's packets. No upgrade to websocket is offered.
/// </summary>
internal sealed class PollingTransport(SessionRegistry registry, Func<string, string?, EngineSession> createSession, int maxPayload, ILogger logger)
{
    private const string TextContentType = "text/plain; charset=UTF-8";
    private readonly ConcurrentDictionary<string, PollingConnection> connections = new(StringComparer.Ordinal);

    /// <summary>Serves one long-polling request.</summary>
    public Task HandleAsync(HttpContext context, string? sid)
    {
        if (string.IsNullOrEmpty(sid))
        {
            return HttpMethods.IsGet(context.Request.Method) ? OpenAsync(context) : EngineIoErrors.BadHandshakeMethodAsync(context);
        }

        if (!connections.TryGetValue(sid, out var connection))
        {
            return EngineIoErrors.SessionUnknownAsync(context);
        }

        if (HttpMethods.IsGet(context.Request.Method))
        {
            return PollAsync(context, connection);
        }

        return HttpMethods.IsPost(context.Request.Method) ? PostAsync(context, connection) : EngineIoErrors.BadRequestAsync(context);
    }

    private Task OpenAsync(HttpContext context)
    {
        var session = createSession("polling", context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null);
        var connection = new PollingConnection(session);
        connections[session.Sid] = connection;
        registry.Add(session);
        session.Start();
        _ = SuperviseAsync(connection);
        logger.LogDebug("Polling session {Sid} opened", session.Sid);
        return PollAsync(context, connection);
    }

    private async Task SuperviseAsync(PollingConnection connection)
    {
        var session = connection.Session;
        var reason = await session.CloseRequested.ConfigureAwait(false);
        logger.LogDebug("Polling session {Sid} closing: {Reason}", session.Sid, reason);
        connections.TryRemove(session.Sid, out _);
        registry.Remove(session);
        if (reason is SessionCloseReason.ServerDrop or SessionCloseReason.TransportError)
        {
            connection.AbortActiveGet();
        }

        await session.StopAsync().ConfigureAwait(false);
        session.SetCompleted();
    }

    private async Task PollAsync(HttpContext context, PollingConnection connection)
    {
        var session = connection.Session;
        if (!connection.TryBeginGet(context))
        {
            // Two GETs at once is a protocol error; engine.io closes the session.
            session.RequestClose(SessionCloseReason.TransportError);
            await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
            return;
        }

        var body = new StringBuilder();
        try
        {
            try
            {
                if (!await session.Outbound.WaitToReadAsync(context.RequestAborted).ConfigureAwait(false))
                {
                    body.Append(EngineIoPackets.ClosePacket);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (session.Outbound.TryRead(out var packet))
            {
                if (body.Length > 0)
                {
                    body.Append(EngineIoPackets.RecordSeparator);
                }

                body.Append(packet);
            }
        }
        finally
        {
            // Released before the response is written: a client sends its next GET as soon as it has read this one,
            // possibly before this method would otherwise have returned.
            connection.EndGet(context);
        }

        try
        {
            context.Response.ContentType = TextContentType;
            await context.Response.WriteAsync(body.ToString(), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away, or the session was dropped on purpose.
        }
    }

    private async Task PostAsync(HttpContext context, PollingConnection connection)
    {
        if (context.Request.ContentLength > maxPayload)
        {
            connection.Session.RequestClose(SessionCloseReason.TransportError);
            await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
            return;
        }

        var text = await ReadBodyAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        if (text is null)
        {
            connection.Session.RequestClose(SessionCloseReason.TransportError);
            await EngineIoErrors.BadRequestAsync(context).ConfigureAwait(false);
            return;
        }

        foreach (var packet in text.Split(EngineIoPackets.RecordSeparator))
        {
            // Base64 binary packets ("b…") are not supported.
            if (!packet.StartsWith('b'))
            {
                connection.Session.Receive(packet);
            }
        }

        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync("ok", context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Reads the body as UTF-8; <see langword="null"/> when it exceeds <c>maxPayload</c> characters.</summary>
    private async Task<string?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = new StringBuilder();
        var chunk = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > maxPayload)
            {
                return null;
            }
        }

        return text.ToString();
    }
}
