using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Client.Http;
using GraphDsl.Client.Queue;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    /// <summary>Enqueues <paramref name="graph"/> once (<c>POST enqueue_batch</c>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Stops the request (the server may still have enqueued it).</param>
    /// <returns>The new item's id and the batch id.</returns>
    /// <exception cref="InvokeValidationException">The server rejected the graph (422).</exception>
    /// <exception cref="InvokeAuthenticationException">The server refused the credentials.</exception>
    /// <exception cref="InvokeServerException">The server failed, or never answered and the batch did not arrive.</exception>
    public Task<EnqueueResult> EnqueueAsync(Graph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return EnqueueAsync(new Batch(graph), cancellationToken);
    }

    /// <summary>Enqueues <paramref name="batch"/> (<c>POST enqueue_batch</c>): one item per combination of its data.</summary>
    /// <param name="batch">The batch. When its <see cref="Batch.BatchId"/> is null the client sends a fresh one (the batch is not modified).</param>
    /// <param name="cancellationToken">Stops the request (the server may still have enqueued it).</param>
    /// <returns>The new items' ids, ascending (the order of <see cref="Batch.Expand"/>).</returns>
    /// <remarks>
    /// The request is never resent blindly. When its answer is lost (timeout, broken connection, 5xx), the client reads
    /// <c>GET b/{batch_id}/status</c>: a batch with items was enqueued, and their ids are recovered from the queue;
    /// otherwise the request is sent again, up to <see cref="InvokeClientOptions.MaxRetries"/> times.
    /// </remarks>
    /// <exception cref="GraphValidationException">The batch breaks a rule the server checks (found before sending).</exception>
    /// <exception cref="InvokeValidationException">The server rejected the batch (422).</exception>
    /// <exception cref="InvokeAuthenticationException">The server refused the credentials.</exception>
    /// <exception cref="InvokeServerException">The server failed, or never answered and the batch did not arrive.</exception>
    public async Task<EnqueueResult> EnqueueAsync(Batch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();
        var batchId = batch.BatchId ?? Batch.NewBatchId();
        var body = EnqueueWire.Body(batch, batchId, _options.DefaultOrigin);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var answer = await _http.SendJsonOnceAsync(HttpMethod.Post, _http.Queue("enqueue_batch"), body, "Enqueue", cancellationToken).ConfigureAwait(false);
                var result = EnqueueWire.ParseResult(answer.RootElement, batchId);
                ClientLog.Enqueued(_logger, batchId, result.Enqueued, result.Requested);
                return result;
            }
            catch (InvokeServerException lost)
            {
                ClientLog.EnqueueLost(_logger, batchId, lost.StatusCode is { } s ? $"HTTP {(int)s}" : lost.InnerException?.GetType().Name ?? "no answer");
                var status = await GetBatchStatusAsync(batchId, cancellationToken).ConfigureAwait(false);
                if (status.Total > 0)
                {
                    var ids = await new ItemIdRecovery(this).RecoverAsync(batchId, status.Total, cancellationToken).ConfigureAwait(false);
                    ClientLog.EnqueueRecovered(_logger, batchId, ids.Count);
                    var requested = (int)Math.Min(batch.SessionCount, int.MaxValue);
                    return new EnqueueResult(batchId, ids, status.Total, Math.Max(requested, status.Total), 0, IsRecovered: true);
                }
                if (attempt >= _options.MaxRetries)
                    throw;
                await Task.Delay(TimeSpan.FromTicks(_options.RetryDelay.Ticks * (1L << Math.Min(attempt, 16))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads a queue item (<c>GET i/{id}</c>), the authoritative state.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <exception cref="InvokeException">404: the item does not exist (deleted, cleared, or in another queue).</exception>
    public async Task<InvokeQueueItem> GetItemAsync(long itemId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using var doc = await _http.GetJsonAsync(_http.Queue($"i/{itemId}"), $"Reading queue item {itemId}", cancellationToken).ConfigureAwait(false);
        return new InvokeQueueItem(doc.RootElement);
    }

    /// <summary>Reads a queue item, or <see langword="null"/> when the server answers 404.</summary>
    internal async Task<InvokeQueueItem?> TryGetItemAsync(long itemId, CancellationToken cancellationToken)
    {
        try
        {
            return await GetItemAsync(itemId, cancellationToken).ConfigureAwait(false);
        }
        catch (InvokeException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Reads the item counts of a batch (<c>GET b/{batch_id}/status</c>); an unknown batch has all zeros.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    public async Task<BatchStatus> GetBatchStatusAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        ThrowIfDisposed();
        using var doc = await _http.GetJsonAsync(_http.Queue($"b/{Uri.EscapeDataString(batchId)}/status"), $"Reading batch {batchId}", cancellationToken).ConfigureAwait(false);
        return EnqueueWire.ParseStatus(doc.RootElement, batchId);
    }

    /// <summary>Cancels a queue item (<c>PUT i/{id}/cancel</c>); a finished item is left as it is.</summary>
    /// <param name="itemId">The item's id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The item after the cancel.</returns>
    public async Task<InvokeQueueItem> CancelItemAsync(long itemId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        using var doc = await _http.SendJsonOnceAsync(HttpMethod.Put, _http.Queue($"i/{itemId}/cancel"), null, $"Canceling queue item {itemId}", cancellationToken).ConfigureAwait(false);
        return new InvokeQueueItem(doc.RootElement);
    }

    /// <summary>Cancels every unfinished item of a batch (<c>PUT cancel_by_batch_ids</c>).</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>How many items were canceled.</returns>
    public async Task<int> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        ThrowIfDisposed();
        var body = Encoding.UTF8.GetBytes("{\"batch_ids\":[\"" + JsonEncodedText.Encode(batchId).ToString() + "\"]}");
        using var doc = await _http.SendJsonOnceAsync(HttpMethod.Put, _http.Queue("cancel_by_batch_ids"), body, $"Canceling batch {batchId}", cancellationToken).ConfigureAwait(false);
        return doc.RootElement.TryGetProperty("canceled", out var c) && c.TryGetInt32(out var n) ? n : 0;
    }

    /// <summary>The HTTP layer, for the helpers of this client.</summary>
    internal InvokeHttp Http => _http;
}
