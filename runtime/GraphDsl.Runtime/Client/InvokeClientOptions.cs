using System.Threading;
namespace GraphDsl;

/// <summary>How an <see cref="InvokeClient"/> talks to an InvokeAI server.</summary>
public sealed class InvokeClientOptions
{
    /// <summary>The queue to use (<c>queue_id</c>). Default <c>default</c>, the only queue the InvokeAI UI uses.</summary>
    public string QueueId { get; set; } = "default";

    /// <summary>A static Bearer token (multi-user servers). Ignored by single-user servers. Wins over <see cref="Email"/>/<see cref="Password"/>.</summary>
    public string? Token { get; set; }

    /// <summary>The account to log in with (<c>POST /api/v1/auth/login</c>) when no <see cref="Token"/> is given.</summary>
    public string? Email { get; set; }

    /// <summary>The password of <see cref="Email"/>.</summary>
    public string? Password { get; set; }

    /// <summary>How long one HTTP request may take before it counts as lost. Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The first interval between two polls of a queue item when no socket reports its changes. Default 250 ms.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest interval between two polls (the interval doubles up to it). Default 5 s.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an item is re-read while the socket is connected, as a safety net for lost events. Default 30 s.</summary>
    public TimeSpan SocketReconcileInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times an idempotent request (a GET) is retried after a 5xx, a timeout or a broken connection. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The delay before the first retry; it doubles at each further retry. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether a wait abandoned through its <see cref="CancellationToken"/> cancels the queue item on the server. Default <see langword="true"/>.</summary>
    public bool CancelOnAbandon { get; set; } = true;

    /// <summary>Whether waits listen on the server's socket.io events (falling back to polling while it is down). Default <see langword="true"/>.</summary>
    public bool UseSocket { get; set; } = true;

    /// <summary>The <c>origin</c> written on batches that do not set one. Default <c>graphdsl</c>.</summary>
    public string? DefaultOrigin { get; set; } = "graphdsl";

    /// <summary>Checks the values; throws when one is out of range.</summary>
    /// <exception cref="ArgumentException">A value is invalid.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(QueueId, nameof(QueueId));
        if (Token is null && (Email is null) != (Password is null))
            throw new ArgumentException("Email and Password must be set together.", nameof(Email));
        ThrowIfNotPositive(RequestTimeout, nameof(RequestTimeout));
        ThrowIfNotPositive(PollingInterval, nameof(PollingInterval));
        ThrowIfNotPositive(SocketReconcileInterval, nameof(SocketReconcileInterval));
        if (MaxPollingInterval < PollingInterval)
            throw new ArgumentException("MaxPollingInterval must be at least PollingInterval.", nameof(MaxPollingInterval));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        if (RetryDelay < TimeSpan.Zero)
            throw new ArgumentException("RetryDelay must not be negative.", nameof(RetryDelay));
    }

    /// <summary>A copy, so that later changes to the caller's instance do not affect a running client.</summary>
    internal InvokeClientOptions Clone() => (InvokeClientOptions)MemberwiseClone();

    private static void ThrowIfNotPositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentException($"{name} must be positive.", name);
    }
}
