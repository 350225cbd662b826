using System.Collections;
using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>A completed queue item and the typed results of its nodes.</summary>
/// <remarks>
/// Results are keyed by the server's prepared node ids; they are mapped back to the ids of the graph through
/// <c>session.source_prepared_mapping</c>. A node under an iterator has one result per iteration, ordered by
/// <c>prepared_iteration_paths</c>.
/// </remarks>
public sealed class GraphRun
{
    /// <summary>Wraps a completed item.</summary>
    /// <param name="item">The item (<c>GET /i/{id}</c>).</param>
    public GraphRun(InvokeQueueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Item = item;
    }

    /// <summary>The item.</summary>
    public InvokeQueueItem Item { get; }

    /// <summary>The item's id.</summary>
    public long ItemId => Item.ItemId;

    /// <summary>The batch values of this item (<c>field_values</c>), in group order; empty for a plain graph.</summary>
    public IReadOnlyList<NodeFieldValue> FieldValues => Item.FieldValues;

    /// <summary>The single result of <paramref name="node"/>, typed.</summary>
    /// <typeparam name="TOutput">The node's output type.</typeparam>
    /// <typeparam name="TPorts">The node's ports.</typeparam>
    /// <param name="node">The node, as added to the graph.</param>
    /// <exception cref="InvalidOperationException">The node produced no result, or several (use <see cref="Outputs{TOutput, TPorts}"/>).</exception>
    /// <exception cref="JsonException">The result does not have the output's shape.</exception>
    public TOutput Output<TOutput, TPorts>(Invocation<TOutput, TPorts> node)
        where TOutput : IWireObject<TOutput>
        where TPorts : class
        => TOutput.ReadFrom(RawOutput(NodeId(node)));

    /// <summary>Every result of <paramref name="node"/> (one per iteration under an iterator), typed, in iteration order.</summary>
    /// <typeparam name="TOutput">The node's output type.</typeparam>
    /// <typeparam name="TPorts">The node's ports.</typeparam>
    /// <param name="node">The node, as added to the graph.</param>
    public IReadOnlyList<TOutput> Outputs<TOutput, TPorts>(Invocation<TOutput, TPorts> node)
        where TOutput : IWireObject<TOutput>
        where TPorts : class
        => RawOutputs(NodeId(node)).Select(TOutput.ReadFrom).ToList();

    /// <summary>The single result of the node with id <paramref name="nodeId"/>, as JSON.</summary>
    /// <param name="nodeId">The node's id in the graph.</param>
    /// <exception cref="InvalidOperationException">The node produced no result, or several.</exception>
    public JsonElement RawOutput(string nodeId)
    {
        var all = RawOutputs(nodeId);
        return all.Count switch
        {
            1 => all[0],
            0 => throw new InvalidOperationException($"Node '{nodeId}' produced no result in {Item} (not run, a skipped branch, or an empty iteration)."),
            _ => throw new InvalidOperationException($"Node '{nodeId}' produced {all.Count} results in {Item} (it runs under an iterator); use Outputs."),
        };
    }

    /// <summary>Every result of the node with id <paramref name="nodeId"/>, as JSON, in iteration order.</summary>
    /// <param name="nodeId">The node's id in the graph.</param>
    public IReadOnlyList<JsonElement> RawOutputs(string nodeId)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        if (Item.Session is not { } session
            || !session.TryGetProperty("source_prepared_mapping", out var mapping) || mapping.ValueKind != JsonValueKind.Object
            || !mapping.TryGetProperty(nodeId, out var prepared) || prepared.ValueKind != JsonValueKind.Array
            || !session.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Object)
            return [];
        session.TryGetProperty("prepared_iteration_paths", out var paths);
        var found = new List<(IReadOnlyList<long> Path, string Id, JsonElement Result)>();
        foreach (var p in prepared.EnumerateArray())
        {
            var id = p.GetString();
            if (id is null || !results.TryGetProperty(id, out var result))
                continue;
            found.Add((PathOf(paths, id), id, result));
        }
        found.Sort((a, b) => ComparePaths(a.Path, b.Path) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        return found.Select(f => f.Result).ToList();
    }

    /// <inheritdoc/>
    public override string ToString() => $"run of {Item}";

    private static string NodeId(Invocation node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Id ?? throw new ArgumentException("The node was never added to a graph.", nameof(node));
    }

    private static List<long> PathOf(JsonElement paths, string preparedId)
    {
        var path = new List<long>();
        if (paths.ValueKind == JsonValueKind.Object && paths.TryGetProperty(preparedId, out var p) && p.ValueKind == JsonValueKind.Array)
        {
            foreach (var i in p.EnumerateArray())
                path.Add(i.TryGetInt64(out var v) ? v : 0);
        }
        return path;
    }

    private static int ComparePaths(IReadOnlyList<long> a, IReadOnlyList<long> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
                return c;
        }
        return a.Count.CompareTo(b.Count);
    }
}

/// <summary>The runs of a batch, one per queue item, in permutation order (ascending item id).</summary>
public sealed class BatchRun : IReadOnlyList<GraphRun>
{
    private readonly IReadOnlyList<GraphRun> _runs;

    /// <summary>Creates the result.</summary>
    /// <param name="enqueue">The enqueue result.</param>
    /// <param name="runs">The runs, in item order.</param>
    public BatchRun(EnqueueResult enqueue, IReadOnlyList<GraphRun> runs)
    {
        ArgumentNullException.ThrowIfNull(enqueue);
        ArgumentNullException.ThrowIfNull(runs);
        Enqueue = enqueue;
        _runs = runs;
    }

    /// <summary>What the enqueue produced (batch id, truncation).</summary>
    public EnqueueResult Enqueue { get; }

    /// <inheritdoc/>
    public GraphRun this[int index] => _runs[index];

    /// <inheritdoc/>
    public int Count => _runs.Count;

    /// <inheritdoc/>
    public IEnumerator<GraphRun> GetEnumerator() => _runs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
