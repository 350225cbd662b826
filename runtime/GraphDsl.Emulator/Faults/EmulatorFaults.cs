using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace GraphDsl.Emulator.Faults;

/// <summary>
/// Faults a running <see cref="InvokeEmulator"/> injects, for tests of clients. Every member may be changed while the
/// server runs; changes apply to the next node or request. Dropping the sockets and restarting are methods of
/// <see cref="InvokeEmulator"/>.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _httpLock = new();
    private readonly List<HttpFault> _http = [];

    /// <summary>Delays before a node runs, by wire type (<c>add</c>) or by the node's id in the enqueued graph.</summary>
    public ConcurrentDictionary<string, TimeSpan> NodeDelays { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes that fail when they run, by wire type or by the node's id in the enqueued graph.</summary>
    public ConcurrentDictionary<string, EmulatedFailure> NodeFailures { get; } = new(StringComparer.Ordinal);

    /// <summary>A pause after each progress step of a step node (slow progress). Default none.</summary>
    public TimeSpan ProgressStepDelay { get; set; }

    /// <summary>Adds an HTTP fault; it applies to the next matching requests.</summary>
    public void AddHttpFault(HttpFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Count < 1)
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Count, "A fault must hit at least one request.");
        lock (_httpLock)
            _http.Add(fault);
    }

    /// <summary>Removes every pending HTTP fault.</summary>
    public void ClearHttpFaults()
    {
        lock (_httpLock)
            _http.Clear();
    }

    /// <summary>The first pending fault matching the request, counted as used; <see langword="null"/> when none.</summary>
    internal HttpFault? TakeHttpFault(string method, string path)
    {
        lock (_httpLock)
        {
            for (var i = 0; i < _http.Count; i++)
            {
                var fault = _http[i];
                if ((fault.Method is null || string.Equals(fault.Method, method, StringComparison.OrdinalIgnoreCase))
                    && path.StartsWith(fault.PathPrefix, StringComparison.Ordinal))
                {
                    if (fault.Count == 1)
                        _http.RemoveAt(i);
                    else
                        _http[i] = fault with { Count = fault.Count - 1 };
                    return fault;
                }
            }
            return null;
        }
    }

    /// <summary>The delay and failure for a node about to run, by source id first, then by type.</summary>
    internal (TimeSpan? Delay, EmulatedFailure? Failure) ForNode(string nodeType, string sourceNodeId)
    {
        TimeSpan? delay = NodeDelays.TryGetValue(sourceNodeId, out var byId) ? byId : NodeDelays.TryGetValue(nodeType, out var byType) ? byType : null;
        var failure = NodeFailures.TryGetValue(sourceNodeId, out var failById) ? failById : NodeFailures.TryGetValue(nodeType, out var failByType) ? failByType : null;
        return (delay, failure);
    }
}
