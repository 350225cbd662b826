using System.Collections.Concurrent;
using GraphDsl;

namespace GraphDsl.Client.Tests.Client;

/// <summary>An <see cref="IProgress{T}"/> that records synchronously and signals the first report matching a condition.</summary>
internal sealed class RecordingProgress(Func<InvokeProgress, bool>? trigger = null) : IProgress<InvokeProgress>
{
    private readonly TaskCompletionSource<InvokeProgress> _triggered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<InvokeProgress> Reports { get; } = new();

    /// <summary>Completes with the first report matching the trigger.</summary>
    public Task<InvokeProgress> Triggered => _triggered.Task;

    public void Report(InvokeProgress value)
    {
        Reports.Enqueue(value);
        if (trigger is not null && trigger(value))
            _triggered.TrySetResult(value);
    }

    public static RecordingProgress OnInProgress() =>
        new(p => p.Kind == InvokeProgressKind.StatusChanged && p.Status == InvokeQueueItemStatus.InProgress);
}
