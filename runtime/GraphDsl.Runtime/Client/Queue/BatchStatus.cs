namespace GraphDsl;

/// <summary>The item counts of a batch (<c>GET /b/{batch_id}/status</c>). An unknown batch has all zeros.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="Pending">Items waiting to run.</param>
/// <param name="InProgress">Items running.</param>
/// <param name="Waiting">Items suspended on a child workflow.</param>
/// <param name="Completed">Completed items.</param>
/// <param name="Failed">Failed items.</param>
/// <param name="Canceled">Canceled items.</param>
/// <param name="Total">All items.</param>
public sealed record BatchStatus(string BatchId, int Pending, int InProgress, int Waiting, int Completed, int Failed, int Canceled, int Total);
