namespace GraphDsl.Emulator.Execution;

/// <summary>Who a session runs for: what nodes need to record with their images.</summary>
/// <param name="QueueId">The queue id (<c>default</c>).</param>
/// <param name="ItemId">The queue item id.</param>
/// <param name="BatchId">The batch id.</param>
/// <param name="SessionId">The session id (<see cref="ExecutionSession.Id"/>); images are saved with it.</param>
/// <param name="UserId">The owner; images are saved as theirs (<c>system</c> in single-user mode).</param>
/// <param name="BoardId">The board images go to when the node names none, if any.</param>
public sealed record SessionRunContext(string QueueId, int ItemId, string BatchId, string SessionId, string UserId, string? BoardId = null);
