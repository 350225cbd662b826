namespace GraphDsl.Emulator.Images;

/// <summary>A stored image's record: what <c>ImageDTO</c> is built from.</summary>
/// <param name="ImageName">The name, <c>&lt;uuid&gt;.png</c>.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="ImageOrigin"><c>internal</c> (generated) or <c>external</c> (uploaded).</param>
/// <param name="ImageCategory"><c>general</c>, <c>mask</c>, <c>control</c>, <c>user</c> or <c>other</c>.</param>
/// <param name="IsIntermediate">The node's or the upload's intermediate flag.</param>
/// <param name="SessionId">The session that made it, if any.</param>
/// <param name="NodeId">The prepared node id that made it, if any.</param>
/// <param name="BoardId">The board, if any.</param>
/// <param name="UserId">The owner (<c>system</c> in single-user mode).</param>
/// <param name="CreatedAt">SQLite-style UTC timestamp (<c>YYYY-MM-DD HH:MM:SS.fff</c>).</param>
public sealed record ImageRecord(
    string ImageName,
    int Width,
    int Height,
    string ImageOrigin,
    string ImageCategory,
    bool IsIntermediate,
    string? SessionId,
    string? NodeId,
    string? BoardId,
    string UserId,
    string CreatedAt);
