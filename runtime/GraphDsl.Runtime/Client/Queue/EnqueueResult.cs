namespace GraphDsl;

/// <summary>What an enqueue produced (<c>EnqueueBatchResult</c>).</summary>
/// <param name="BatchId">The batch id the items carry.</param>
/// <param name="ItemIds">The ids of the new items, ascending: the order of <see cref="Batch.Expand"/>.</param>
/// <param name="Enqueued">How many items the server created.</param>
/// <param name="Requested">How many the batch asked for; more than <paramref name="Enqueued"/> when the queue was full.</param>
/// <param name="Priority">The items' priority (greater with <see cref="Batch.Prepend"/>).</param>
/// <param name="IsRecovered">Whether the response was lost and the ids were recovered from the queue instead.</param>
public sealed record EnqueueResult(string BatchId, IReadOnlyList<long> ItemIds, int Enqueued, int Requested, int Priority, bool IsRecovered = false)
{
    /// <summary>Whether the server dropped items because its queue was full (<see cref="Enqueued"/> &lt; <see cref="Requested"/>); that is not an error to the server.</summary>
    public bool IsTruncated => Enqueued < Requested;
}
