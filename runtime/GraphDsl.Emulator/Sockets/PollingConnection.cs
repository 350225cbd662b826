using System.Threading;
using Microsoft.AspNetCore.Http;

namespace GraphDsl.Emulator.Sockets;

/// <summary>A long-polling session: its <see cref="EngineSession"/> and the one GET allowed to wait on it at a time.</summary>
internal sealed class PollingConnection(EngineSession session)
{
    private readonly Lock gate = new();
    private HttpContext? activeGet;

    /// <summary>The session.</summary>
    public EngineSession Session { get; } = session;

    /// <summary>Claims the session for a GET; false when another GET already waits on it.</summary>
    public bool TryBeginGet(HttpContext context)
    {
        lock (gate)
        {
            if (activeGet is not null)
            {
                return false;
            }

            activeGet = context;
            return true;
        }
    }

    /// <summary>Releases the session after a GET.</summary>
    public void EndGet(HttpContext context)
    {
        lock (gate)
        {
            if (ReferenceEquals(activeGet, context))
            {
                activeGet = null;
            }
        }
    }

    /// <summary>Aborts the waiting GET's connection, if any: an abrupt drop.</summary>
    public void AbortActiveGet()
    {
        lock (gate)
        {
            activeGet?.Abort();
        }
    }
}
