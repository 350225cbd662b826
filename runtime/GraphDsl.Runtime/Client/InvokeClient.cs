using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Client.Http;
using GraphDsl.Client.Waiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphDsl;

/// <summary>
/// A client of an InvokeAI server: enqueue graphs and batches, await their queue items (socket.io events with a
/// polling fallback), read typed results, upload and download images, find models.
/// </summary>
/// <example>
/// <code>
/// await using var invoke = new InvokeClient(new Uri("http://localhost:9090"));
/// GraphRun run = await invoke.RunAsync(graph);
/// long product = run.Output(mul).Value;
/// </code>
/// </example>
/// <remarks>
/// Idempotent requests (GETs) are retried with exponential backoff after a 5xx, a timeout or a broken connection.
/// An enqueue is never resent blindly: when its answer is lost the client asks the server whether the batch arrived.
/// Instances are thread-safe; share one per server.
/// </remarks>
public sealed partial class InvokeClient : IAsyncDisposable
{
    private readonly InvokeClientOptions _options;
    private readonly InvokeHttp _http;
    private readonly ILogger _logger;
    private readonly IQueueEvents? _events;
    private int _disposed;

    /// <summary>Creates a client that owns its own <see cref="HttpClient"/>.</summary>
    /// <param name="baseAddress">The server's root, e.g. <c>http://localhost:9090</c>.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults. They are copied and validated.</param>
    /// <param name="loggerFactory">Where to log; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentException">An option is invalid or the address is not absolute.</exception>
    public InvokeClient(Uri baseAddress, InvokeClientOptions? options = null, ILoggerFactory? loggerFactory = null)
        : this(CreateHttpClient(baseAddress), ownsHttp: true, baseAddress, options, loggerFactory) { }

    /// <summary>Creates a client over an existing <see cref="HttpClient"/> (e.g. from <c>IHttpClientFactory</c>), which it does not dispose.</summary>
    /// <param name="httpClient">The client; its <see cref="HttpClient.BaseAddress"/> must be the server's root.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults. They are copied and validated.</param>
    /// <param name="loggerFactory">Where to log; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentException">The client has no base address, or an option is invalid.</exception>
    public InvokeClient(HttpClient httpClient, InvokeClientOptions? options = null, ILoggerFactory? loggerFactory = null)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), ownsHttp: false,
            httpClient.BaseAddress ?? throw new ArgumentException("The HttpClient needs a BaseAddress: the server's root.", nameof(httpClient)),
            options, loggerFactory) { }

    private InvokeClient(HttpClient httpClient, bool ownsHttp, Uri baseAddress, InvokeClientOptions? options, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
            throw new ArgumentException("The base address must be absolute.", nameof(baseAddress));
        _options = (options ?? new InvokeClientOptions()).Clone();
        _options.Validate();
        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<InvokeClient>();
        _http = new InvokeHttp(httpClient, ownsHttp, baseAddress, _options, _logger);
        _events = _options.UseSocket ? QueueEventsFactory.Create(_http, _options, loggerFactory) : null;
    }

    /// <summary>The server's root.</summary>
    public Uri BaseAddress => _http.BaseAddress;

    /// <summary>The queue this client uses.</summary>
    public string QueueId => _options.QueueId;

    /// <summary>Closes the event socket and, when the client created it, the <see cref="HttpClient"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        if (_events is not null)
            await _events.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
    }

    private static HttpClient CreateHttpClient(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        return new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // per request: InvokeClientOptions.RequestTimeout
        };
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
