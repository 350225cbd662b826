using GraphDsl.Client.Http;
using GraphDsl.Client.Sockets;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Waiting;

/// <summary>Makes the event source of a client: the socket.io connection at <c>{base}/ws/socket.io/</c>.</summary>
internal static class QueueEventsFactory
{
    public static IQueueEvents Create(InvokeHttp http, InvokeClientOptions options, ILoggerFactory loggerFactory)
    {
        var socketOptions = new InvokeSocketOptions
        {
            BaseAddress = http.BaseAddress,
            Path = http.BaseAddress.AbsolutePath.TrimEnd('/') + "/ws/socket.io/",
            QueueId = options.QueueId,
            TokenProvider = async ct =>
            {
                try
                {
                    return await http.GetTokenAsync(ct).ConfigureAwait(false);
                }
                catch (InvokeException)
                {
                    return null; // the REST calls report the login failure; the socket is refused and waits poll
                }
            },
        };
        return new SocketQueueEvents(socketOptions, loggerFactory.CreateLogger("GraphDsl.InvokeClient.Events"));
    }
}
