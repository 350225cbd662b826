using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphDsl.Client.Sockets;

/// <summary>
/// A websocket-only Engine.IO v4 / Socket.IO v5 client for InvokeAI's <c>/ws/socket.io</c>: connects with the token,
/// subscribes to the queue after the server accepted, enforces the ping timeout, and reconnects with backoff until disposed.
/// </summary>
internal sealed class InvokeSocket : IAsyncDisposable
{
    private static readonly TimeSpan DisconnectTimeout = TimeSpan.FromSeconds(1);

    private readonly InvokeSocketOptions _options;
    private readonly ILogger _logger;
    private readonly Uri _uri;
    private readonly ReconnectBackoff _backoff;
    private readonly Channel<SocketMessage> _messages = Channel.CreateUnbounded<SocketMessage>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lock _gate = new();
    private Run? _run;
    private volatile SocketSession? _session;
    private volatile bool _connected;
    private int _disposed;

    /// <summary>Creates the socket; nothing connects until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Where and how to connect.</param>
    /// <param name="logger">Logs connects, drops and retries (never tokens).</param>
    public InvokeSocket(InvokeSocketOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _uri = EngineIoConnection.BuildUri(options.BaseAddress, options.Path);
        _backoff = new ReconnectBackoff(options.ReconnectDelayMin, options.ReconnectDelayMax);
    }

    /// <summary>
    /// Every event in arrival order, plus <see cref="SocketSignal.Connected"/> after each accepted connect (reconcile by polling then),
    /// <see cref="SocketSignal.Disconnected"/> after each drop and <see cref="SocketSignal.Refused"/> on a connect_error. Completes on dispose.
    /// </summary>
    public ChannelReader<SocketMessage> Messages => _messages.Reader;

    /// <summary>Whether the server has accepted the current connection.</summary>
    public bool IsConnected => _connected;

    /// <summary>
    /// Starts the background connect/reconnect loop and returns once the first connection is accepted. A loop already
    /// running is joined, not restarted; after a refusal, this starts a new loop.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait and stops the loop.</param>
    /// <exception cref="SocketRefusedException">The server refused the connection (e.g. a bad token).</exception>
    /// <exception cref="TimeoutException">No connection was accepted within <see cref="InvokeSocketOptions.ConnectTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        Run run;
        lock (_gate)
        {
            if (_run is null || _run.Loop.IsCompleted)
            {
                _run?.Dispose();
                _run = new Run(_lifetime.Token);
                var started = _run;
                started.Loop = Task.Run(() => RunLoopAsync(started), CancellationToken.None);
            }

            run = _run;
        }

        try
        {
            await run.Accepted.Task.WaitAsync(_options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await StopAsync(run).ConfigureAwait(false);
            throw new TimeoutException(
                $"No socket.io connection to {_options.BaseAddress} was accepted within {_options.ConnectTimeout.TotalSeconds:0.###} s" +
                (run.LastFailure is { } reason ? $" (last attempt: {reason})." : "."),
                run.LastError);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync(run).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends <c>41</c> and a close frame, stops the loop, then completes <see cref="Messages"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_session is { } session)
        {
            using var timeout = new CancellationTokenSource(DisconnectTimeout);
            try
            {
                await session.DisconnectAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                _logger.LogDebug("The socket.io disconnect did not complete: {Message}", ex.Message);
            }
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        Run? run;
        lock (_gate)
        {
            run = _run;
        }

        if (run is not null)
        {
            await run.Loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            run.Dispose();
        }

        _messages.Writer.TryComplete();
        _lifetime.Dispose();
    }

    private static async Task StopAsync(Run run)
    {
        await run.Stop.CancelAsync().ConfigureAwait(false);
        await run.Loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunLoopAsync(Run run)
    {
        var failures = 0;
        try
        {
            while (!run.Stop.IsCancellationRequested)
            {
                var session = new SocketSession(_options, _uri, _messages.Writer, _logger);
                _session = session;
                var end = await session.RunAsync(data => OnAccepted(run, data), run.Stop.Token).ConfigureAwait(false);
                _connected = false;
                if (end.WasAccepted)
                {
                    failures = 0;
                    var reason = Volatile.Read(ref _disposed) != 0 ? "the client was disposed" : end.Reason;
                    _logger.LogInformation("Socket.io disconnected: {Reason}", reason);
                    _messages.Writer.TryWrite(new SocketMessage(SocketSignal.Disconnected, null, default, reason));
                }
                else
                {
                    failures++;
                    run.LastFailure = end.Reason;
                    run.LastError = end.Error;
                    _logger.LogDebug("Socket.io connect attempt {Attempt} failed: {Reason}", failures, end.Reason);
                }

                if (end.Refused)
                {
                    _logger.LogWarning("Socket.io connection refused by the server: {Reason}; not reconnecting", end.Reason);
                    run.Accepted.TrySetException(new SocketRefusedException(end.Reason));
                    return;
                }

                if (run.Stop.IsCancellationRequested || Volatile.Read(ref _disposed) != 0)
                {
                    return;
                }

                await Task.Delay(_backoff.Delay(failures, Random.Shared.NextDouble()), run.Stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (run.Stop.IsCancellationRequested)
        {
            // Stopped while waiting to reconnect.
        }
        finally
        {
            _connected = false;
            run.Accepted.TrySetCanceled(run.Stop.Token.IsCancellationRequested ? run.Stop.Token : CancellationToken.None);
        }
    }

    private void OnAccepted(Run run, JsonElement data)
    {
        _connected = true;
        _logger.LogInformation("Socket.io connected to {Address} and subscribed to queue {QueueId}", _options.BaseAddress, _options.QueueId);
        _messages.Writer.TryWrite(new SocketMessage(SocketSignal.Connected, null, data, null));
        run.Accepted.TrySetResult();
    }

    /// <summary>One connect/reconnect loop, from <see cref="StartAsync"/> to a refusal, a failed start or dispose.</summary>
    private sealed class Run(CancellationToken lifetime) : IDisposable
    {
        public CancellationTokenSource Stop { get; } = CancellationTokenSource.CreateLinkedTokenSource(lifetime);

        public TaskCompletionSource Accepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Loop { get; set; } = Task.CompletedTask;

        public string? LastFailure { get; set; }

        public Exception? LastError { get; set; }

        public void Dispose() => Stop.Dispose();
    }
}
