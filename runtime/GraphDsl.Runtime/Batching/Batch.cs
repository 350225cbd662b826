using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// What <c>POST /api/v1/queue/{queue_id}/enqueue_batch</c> takes: a graph, how many times to run it, and optional
/// batch data that substitutes values into node inputs, one queue item (session) per combination.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Data"/> is a list of zip groups. The datums of one group are zipped (item <c>i</c> of each in the same
/// session); the groups are combined by a cartesian product, the first group outermost and the last varying fastest;
/// all of that repeats <see cref="Runs"/> times. <see cref="Expand"/> lists the sessions in that order, which is the
/// order of the queue items' ascending <c>item_id</c>s.
/// </para>
/// <para>
/// <see cref="ToEnqueueRequestJson"/> and <see cref="WriteEnqueueRequest"/> first apply every rule the server applies
/// to batch data (answering 422), plus the check the server skips: that each value fits the type of its field. A value
/// that does not fit passes the enqueue and then leaves its queue item unable to load.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var g = new GraphBuilder();
/// var noise = g.Add(new NoiseInvocation { Width = 1024, Height = 1024 });
/// // … the rest of the graph …
/// var batch = new Batch(g.Build()) { Runs = 2, Origin = "my-app" };
/// batch.Data.Add(BatchDatum.Of(noise, nameof(NoiseInvocation.Seed), 1, 2, 3));
/// long sessions = batch.SessionCount;                 // 6
/// string body = batch.ToEnqueueRequestJson();
/// </code>
/// </example>
public sealed class Batch
{
    private static readonly JsonWriterOptions WriterOptions = new();

    private int _runs = 1;
    private string? _batchId;

    /// <summary>Creates a batch that runs <paramref name="graph"/> once, with no batch data.</summary>
    /// <param name="graph">The graph every session starts from.</param>
    public Batch(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
    }

    /// <summary>The graph every session starts from.</summary>
    public Graph Graph { get; }

    /// <summary>How many times the whole set of combinations is enqueued (<c>runs</c>, ≥ 1; default 1). Runs are the outermost loop.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Runs
    {
        get => _runs;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _runs = value;
        }
    }

    /// <summary>
    /// The batch id (<c>batch_id</c>). Left out when null (the default), and the server makes one. Set a fresh one
    /// (<see cref="NewBatchId"/>) to know it before the server answers, so the queue items can be found
    /// (<c>GET /b/{batch_id}/status</c>, events carrying <c>batch_id</c>) even when the response is lost.
    /// </summary>
    /// <remarks>
    /// The server does not check that the id is unique: the <c>item_ids</c> of an enqueue are every row with that
    /// <c>batch_id</c>, so reusing an id mixes batches. Never reuse one.
    /// </remarks>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string? BatchId
    {
        get => _batchId;
        set
        {
            if (value is not null)
                ArgumentException.ThrowIfNullOrEmpty(value);
            _batchId = value;
        }
    }

    /// <summary>A fresh batch id for <see cref="BatchId"/>.</summary>
    public static string NewBatchId() => Guid.NewGuid().ToString();

    /// <summary>Free text stored with each queue item (<c>origin</c>); the InvokeAI UI sends <c>workflows</c>, <c>canvas</c>, …. Left out when null.</summary>
    public string? Origin { get; set; }

    /// <summary>Free text stored with each queue item (<c>destination</c>); the UI sends <c>gallery</c> for workflows. Left out when null.</summary>
    public string? Destination { get; set; }

    /// <summary>Whether the items go ahead of the pending ones (<c>prepend</c>, in the body beside <c>batch</c>; default <see langword="false"/>).</summary>
    public bool Prepend { get; set; }

    /// <summary>
    /// A workflow stored with each queue item (<c>workflow</c>, the server's <c>WorkflowWithoutID</c>), used for image
    /// metadata only, never for execution. Written as it is, unchecked; left out when null.
    /// </summary>
    public JsonElement? Workflow { get; set; }

    /// <summary>The zip groups (<c>data</c>). Left out of the request when empty, which means one session per run.</summary>
    public BatchGroupCollection Data { get; } = new();

    /// <summary>
    /// The number of queue items the server will create (its <c>requested</c>): <see cref="Runs"/> times the product,
    /// over the groups, of the item count of each group's first datum. No groups give <see cref="Runs"/>; a group with
    /// no datums or no items gives 0. Saturates at <see cref="long.MaxValue"/>.
    /// </summary>
    /// <remarks>
    /// The server may enqueue fewer (<c>enqueued</c>) when its queue is full (10000 pending by default), without error.
    /// </remarks>
    public long SessionCount
    {
        get
        {
            long count = Runs;
            foreach (var group in Data)
            {
                var length = group.Length;
                if (length == 0)
                    return 0;
                count = count > long.MaxValue / length ? long.MaxValue : count * length;
            }
            return count;
        }
    }

    /// <summary>
    /// Every reason the server would refuse this batch's data (422) or the values would fail when a queue item is
    /// loaded; empty when there is none. Each names the node id and the field.
    /// </summary>
    /// <remarks>
    /// The server's rules: the datums of a zip group have equal lengths; the items of one datum share one type
    /// (integers and floats may mix); a (node, field) pair takes batch data once across all groups; the node is in the
    /// graph and its type has the field; every item is a string, a number, an <c>ImageField</c>, a
    /// <c>VideoField</c>, or a flat list of those (booleans and other objects are refused). The checks the server
    /// skips: every item fits the field's type (<see cref="InputDescriptor.WireType"/>, read with its codec, a literal
    /// or enum value among the allowed ones, within the field's bounds); the field is an input, not a node attribute;
    /// no edge feeds the field (its value would replace every batch value). Fields of a node type no schema describes
    /// are not checked. The graph itself is not validated here.
    /// </remarks>
    public IReadOnlyList<GraphProblem> GetProblems() => BatchValidator.Check(this, out _);

    /// <summary>Throws when <see cref="GetProblems"/> finds anything.</summary>
    /// <exception cref="GraphValidationException">The batch data breaks one or more rules; the exception lists every one.</exception>
    public void Validate() => Resolve();

    /// <summary>
    /// The values of each session, in the server's order: runs outermost, then the cartesian product of the groups with
    /// the first group outermost and the last varying fastest, items zipped within a group. Each session's values are
    /// listed group by group, datum by datum (the queue item's <c>field_values</c>). With no data, each of the
    /// <see cref="Runs"/> sessions has no values.
    /// </summary>
    /// <returns>A lazy sequence of <see cref="SessionCount"/> sessions.</returns>
    /// <exception cref="GraphValidationException">The batch data breaks a rule (checked when this is called).</exception>
    public IEnumerable<IReadOnlyList<NodeFieldValue>> Expand()
    {
        var resolved = Resolve();
        return ExpandResolved(resolved, Runs);
    }

    /// <summary>The request body, <c>{"batch": {…}, "prepend": …}</c>, as JSON text.</summary>
    /// <exception cref="GraphValidationException">The batch data breaks a rule; nothing is written.</exception>
    public string ToEnqueueRequestJson()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            WriteEnqueueRequest(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes the request body <c>{"batch": {"batch_id", "origin", "destination", "data", "graph", "workflow",
    /// "runs"}, "prepend"}</c>; null members are left out. The graph is written by <see cref="GraphJson.Write"/>.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="GraphValidationException">The batch data breaks a rule; nothing is written.</exception>
    public void WriteEnqueueRequest(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var resolved = Resolve();
        writer.WriteStartObject();
        writer.WritePropertyName(BatchWireNames.Batch);
        writer.WriteStartObject();
        if (BatchId is { } batchId)
            writer.WriteString(BatchWireNames.BatchId, batchId);
        if (Origin is { } origin)
            writer.WriteString(BatchWireNames.Origin, origin);
        if (Destination is { } destination)
            writer.WriteString(BatchWireNames.Destination, destination);
        if (resolved.Length > 0)
        {
            writer.WritePropertyName(BatchWireNames.Data);
            writer.WriteStartArray();
            foreach (var group in resolved)
            {
                writer.WriteStartArray();
                foreach (var datum in group)
                {
                    writer.WriteStartObject();
                    writer.WriteString(BatchWireNames.NodePath, datum.NodePath);
                    writer.WriteString(BatchWireNames.FieldName, datum.FieldName);
                    writer.WritePropertyName(BatchWireNames.Items);
                    writer.WriteStartArray();
                    foreach (var item in datum.Items)
                        item.WriteTo(writer);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WritePropertyName(BatchWireNames.Graph);
        GraphJson.Write(writer, Graph);
        if (Workflow is { } workflow)
        {
            writer.WritePropertyName(BatchWireNames.Workflow);
            workflow.WriteTo(writer);
        }
        writer.WriteNumber(BatchWireNames.Runs, Runs);
        writer.WriteEndObject();
        writer.WriteBoolean(BatchWireNames.Prepend, Prepend);
        writer.WriteEndObject();
    }

    private ResolvedDatum[][] Resolve()
    {
        var problems = BatchValidator.Check(this, out var resolved);
        if (problems.Count > 0)
            throw new GraphValidationException(problems);
        return resolved;
    }

    private static IEnumerable<IReadOnlyList<NodeFieldValue>> ExpandResolved(ResolvedDatum[][] groups, int runs)
    {
        var lengths = groups.Select(g => g.Length == 0 ? 0 : g[0].Items.Count).ToArray();
        if (lengths.Contains(0))
            yield break;
        var width = groups.Sum(g => g.Length);
        var index = new int[groups.Length];
        for (var run = 0; run < runs; run++)
        {
            Array.Clear(index);
            while (true)
            {
                var values = new NodeFieldValue[width];
                var k = 0;
                for (var g = 0; g < groups.Length; g++)
                {
                    foreach (var datum in groups[g])
                        values[k++] = new NodeFieldValue(datum.NodePath, datum.FieldName, datum.Items[index[g]]);
                }
                yield return values;

                // Odometer: the last group varies fastest.
                var position = groups.Length - 1;
                while (position >= 0 && ++index[position] == lengths[position])
                {
                    index[position] = 0;
                    position--;
                }
                if (position < 0)
                    break;
            }
        }
    }
}

/// <summary>The field names of the enqueue request.</summary>
internal static class BatchWireNames
{
    public const string Batch = "batch";
    public const string Prepend = "prepend";
    public const string BatchId = "batch_id";
    public const string Origin = "origin";
    public const string Destination = "destination";
    public const string Data = "data";
    public const string Graph = "graph";
    public const string Workflow = "workflow";
    public const string Runs = "runs";
    public const string NodePath = "node_path";
    public const string FieldName = "field_name";
    public const string Items = "items";
}
