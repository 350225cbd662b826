using System.Text;

namespace GraphDsl.Generator.Emitting;

/// <summary>
/// Buffers the views of one file are built with, reused from file to file: a run builds thousands of doc comments and
/// hundreds of descriptors, and fresh buffers for each were a large part of what it allocated. Not thread-safe: one
/// file at a time, which <see cref="SourceEmitter"/> guarantees by handing each render its own context.
/// </summary>
internal sealed class EmitScratch
{
    /// <summary>For one string at a time: build, <c>ToString()</c>, and it is free again (callers clear it first).</summary>
    public StringBuilder Text { get; } = new(1024);

    /// <summary>Writes node descriptors.</summary>
    public DescriptorJson Descriptors { get; } = new();

    /// <summary>The cleared <see cref="Text"/> builder.</summary>
    public StringBuilder ClearedText() => Text.Clear();
}
