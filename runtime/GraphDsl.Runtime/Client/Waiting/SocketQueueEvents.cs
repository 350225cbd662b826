using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using GraphDsl.Client.Http;
using GraphDsl.Client.Sockets;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Waiting;

/// <summary>
/// The queue events of a client from one shared <see cref="InvokeSocket"/>, started by the first wait. Events are
/// filtered by queue id and item id (the server sends private events regardless of subscription, for every queue).
/// </summary>
internal sealed class SocketQueueEvents : IQueueEvents
{
    private static readonly TimeSpan RetryDelayMin = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryDelayMax = TimeSpan.FromSeconds(30);

    private readonly InvokeSocket _socket;
    private readonly string _queueId;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _pump;
    private int _started;

    public SocketQueueEvents(InvokeSocketOptions options, ILogger logger)
    {
        _socket = new InvokeSocket(options, logger);
        _queueId = options.QueueId;
        _logger = logger;
    }

    public IItemEvents? Subscribe(long itemId)
    {
        if (_lifetime.IsCancellationRequested)
            return null;
        var subscription = new Subscription(this, itemId);
        _subscriptions.TryAdd(subscription, 0);
        Start();
        return subscription;
    }

    public Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_lifetime.IsCancellationRequested)
            return Task.CompletedTask;
        Start();
        return _firstAttempt.Task.WaitAsync(cancellationToken);
    }

    private void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            _pump = Task.Run(PumpAsync);
    }

    public async ValueTask DisposeAsync()
    {
        if (_lifetime.IsCancellationRequested)
            return;
        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _socket.DisposeAsync().ConfigureAwait(false);
        if (_pump is not null)
            await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var s in _subscriptions.Keys)
            s.Complete();
        _lifetime.Dispose();
    }

    private async Task PumpAsync()
    {
        var reading = ReadAsync();
        await ConnectLoopAsync().ConfigureAwait(false);
        await reading.ConfigureAwait(false);
    }

    /// <summary>
    /// Connects; once accepted, the socket reconnects by itself. A first connect that times out or fails is tried
    /// again with backoff (waits poll meanwhile); a refusal (bad token) is final.
    /// </summary>
    private async Task ConnectLoopAsync()
    {
        var delay = RetryDelayMin;
        while (!_lifetime.IsCancellationRequested)
        {
            try
            {
                await _socket.StartAsync(_lifetime.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
            {
                return;
            }
            catch (SocketRefusedException e)
            {
                ClientLog.SocketFailed(_logger, e);
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                ClientLog.SocketFailed(_logger, e);
            }
            finally
            {
                _firstAttempt.TrySetResult();
            }
            try
            {
                await Task.Delay(delay, _lifetime.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, RetryDelayMax.Ticks));
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            await foreach (var message in _socket.Messages.ReadAllAsync(_lifetime.Token).ConfigureAwait(false))
                Dispatch(message);
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
        }
    }

    private void Dispatch(SocketMessage message)
    {
        switch (message.Signal)
        {
            case SocketSignal.Connected:
                Broadcast(new ItemSignal(ItemSignalKind.Connected));
                return;
            case SocketSignal.Disconnected or SocketSignal.Refused:
                Broadcast(new ItemSignal(ItemSignalKind.Disconnected));
                return;
        }
        var payload = message.Payload;
        if (payload.ValueKind != JsonValueKind.Object || !QueueMatches(payload))
            return;
        switch (message.EventName)
        {
            case "queue_item_status_changed" when ItemId(payload) is { } id:
                Send(id, new ItemSignal(
                    ItemSignalKind.Status,
                    InvokeQueueItemStatusExtensions.ParseStatus(Str(payload, "status")),
                    payload.TryGetProperty("status_sequence", out var seq) && seq.TryGetInt64(out var s) ? s : null));
                break;
            case "queue_items_canceled" when payload.TryGetProperty("canceled_item_ids", out var ids) && ids.ValueKind == JsonValueKind.Array:
                foreach (var canceled in ids.EnumerateArray())
                {
                    if (canceled.TryGetInt64(out var cid))
                        Send(cid, new ItemSignal(ItemSignalKind.BulkCanceled));
                }
                break;
            case "queue_cleared":
                Broadcast(new ItemSignal(ItemSignalKind.BulkCanceled));
                break;
            case "invocation_started" or "invocation_progress" or "invocation_complete" or "invocation_error" when ItemId(payload) is { } id:
                Send(id, new ItemSignal(ItemSignalKind.Node, Progress: NodeProgress.From(message.EventName, id, payload)));
                break;
        }
    }

    private bool QueueMatches(JsonElement payload) =>
        !payload.TryGetProperty("queue_id", out var q) || q.ValueKind != JsonValueKind.String || q.GetString() == _queueId;

    private static long? ItemId(JsonElement payload) =>
        payload.TryGetProperty("item_id", out var id) && id.TryGetInt64(out var v) ? v : null;

    private static string? Str(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private void Send(long itemId, ItemSignal signal)
    {
        foreach (var s in _subscriptions.Keys)
        {
            if (s.ItemId == itemId)
                s.Post(signal);
        }
    }

    private void Broadcast(ItemSignal signal)
    {
        foreach (var s in _subscriptions.Keys)
            s.Post(signal);
    }

    private sealed class Subscription(SocketQueueEvents owner, long itemId) : IItemEvents
    {
        private readonly Channel<ItemSignal> _signals = Channel.CreateUnbounded<ItemSignal>(new UnboundedChannelOptions { SingleReader = true });

        public long ItemId => itemId;

        public ChannelReader<ItemSignal> Signals => _signals.Reader;

        public bool IsLive => owner._socket.IsConnected && !owner._lifetime.IsCancellationRequested;

        public void Post(ItemSignal signal) => _signals.Writer.TryWrite(signal);

        public void Complete() => _signals.Writer.TryComplete();

        public void Dispose()
        {
            owner._subscriptions.TryRemove(this, out _);
            Complete();
        }
    }
}
