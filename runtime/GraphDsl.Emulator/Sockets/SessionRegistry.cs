using System.Collections.Concurrent;
using System.Collections.Generic;

namespace GraphDsl.Emulator.Sockets;

/// <summary>The live Engine.IO sessions of a server, by sid, whatever their transport.</summary>
internal sealed class SessionRegistry
{
    private readonly ConcurrentDictionary<string, EngineSession> sessions = new(System.StringComparer.Ordinal);

    /// <summary>The live sessions, in no particular order.</summary>
    public ICollection<EngineSession> All => sessions.Values;

    /// <summary>Adds a session.</summary>
    public void Add(EngineSession session) => sessions[session.Sid] = session;

    /// <summary>Removes a session; false when it was not there.</summary>
    public bool Remove(EngineSession session) => sessions.TryRemove(new KeyValuePair<string, EngineSession>(session.Sid, session));
}
