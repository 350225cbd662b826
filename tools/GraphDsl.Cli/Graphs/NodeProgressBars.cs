using System.Collections.Concurrent;
using Spectre.Console;

namespace GraphDsl.Cli.Graphs;

/// <summary>One progress bar per node of every item, fed by the client's progress reports (from any thread).</summary>
internal sealed class NodeProgressBars(ProgressContext progress, bool manyItems) : IProgress<InvokeProgress>
{
    private readonly ConcurrentDictionary<(long Item, string Node), ProgressTask> _bars = new();

    /// <inheritdoc />
    public void Report(InvokeProgress value)
    {
        if (value.NodeId is not { } node)
            return;
        var bar = _bars.GetOrAdd((value.ItemId, node), key => progress.AddTask(Markup.Escape(Label(key.Item, key.Node, value.NodeType)), maxValue: 1));
        switch (value.Kind)
        {
            case InvokeProgressKind.NodeStarted:
                bar.StartTask();
                break;
            case InvokeProgressKind.NodeProgress when value.Percentage is { } percentage:
                bar.Value = Math.Clamp(percentage, 0, 1);
                if (value.Message is { Length: > 0 } message)
                    bar.Description = Markup.Escape($"{Label(value.ItemId, node, value.NodeType)}: {message}");
                break;
            case InvokeProgressKind.NodeCompleted:
                bar.Value = 1;
                bar.Description = Markup.Escape(Label(value.ItemId, node, value.NodeType));
                bar.StopTask();
                break;
            case InvokeProgressKind.NodeError:
                bar.Description = Markup.Escape($"{Label(value.ItemId, node, value.NodeType)}: failed");
                bar.StopTask();
                break;
        }
    }

    private string Label(long item, string node, string? type) =>
        (manyItems ? $"#{item} " : "") + (type is null || type == node ? node : $"{node} ({type})");
}
