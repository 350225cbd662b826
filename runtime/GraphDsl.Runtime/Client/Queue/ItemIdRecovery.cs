using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Client.Queue;

/// <summary>
/// Finds the item ids of a batch whose enqueue answer was lost. The server inserts a batch's rows together, so its
/// ids are consecutive among the newest ones.
/// </summary>
/// <remarks>
/// Newest ids come from <c>GET item_ids</c> (InvokeAI 6.x) when the server has it; otherwise (e.g. the emulator)
/// the newest existing id is found by probing <c>GET i/{id}</c> (exponential, then binary search). From there items
/// are read newest first until the batch's total of of the batch are found.
/// </remarks>
internal sealed class ItemIdRecovery(InvokeClient client)
{
    private const int MaxScanned = 10_000;

    public async Task<IReadOnlyList<long>> RecoverAsync(string batchId, int total, CancellationToken cancellationToken)
    {
        var newestFirst = await NewestIdsAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<long>();
        var scanned = 0;
        foreach (var id in newestFirst)
        {
            if (++scanned > MaxScanned)
                break;
            var item = await client.TryGetItemAsync(id, cancellationToken).ConfigureAwait(false);
            if (item is null)
                continue;
            if (item.BatchId == batchId)
                found.Add(id);
            else if (found.Count > 0)
                break; // past the batch's consecutive rows
            if (found.Count >= total)
                break;
        }
        found.Sort();
        return found;
    }

    private async Task<IEnumerable<long>> NewestIdsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var doc = await client.Http.GetJsonAsync(client.Http.Queue("item_ids?order_dir=DESC"), "Listing queue item ids", cancellationToken).ConfigureAwait(false);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("item_ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
                return ids.EnumerateArray().Select(i => i.GetInt64()).OrderDescending().ToList();
        }
        catch (InvokeException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.UnprocessableEntity)
        {
            // No such route: probe.
        }
        var newest = await ProbeNewestAsync(cancellationToken).ConfigureAwait(false);
        return Descending(newest);
    }

    private static IEnumerable<long> Descending(long from)
    {
        for (var id = from; id >= 1; id--)
            yield return id;
    }

    private async Task<long> ProbeNewestAsync(CancellationToken cancellationToken)
    {
        long existing = 0, missing = 1;
        while (await client.TryGetItemAsync(missing, cancellationToken).ConfigureAwait(false) is not null)
        {
            existing = missing;
            missing *= 2;
        }
        while (missing - existing > 1)
        {
            var mid = existing + (missing - existing) / 2;
            if (await client.TryGetItemAsync(mid, cancellationToken).ConfigureAwait(false) is not null)
                existing = mid;
            else
                missing = mid;
        }
        return existing;
    }
}
