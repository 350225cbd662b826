namespace GraphDsl.Client.Sockets;

/// <summary>A classified frame and its data (the text after the type digits).</summary>
/// <param name="Kind">The frame kind.</param>
/// <param name="Data">The JSON data, possibly empty; valid only until the next receive.</param>
internal readonly record struct ReceivedFrame(FrameKind Kind, ReadOnlyMemory<byte> Data);
