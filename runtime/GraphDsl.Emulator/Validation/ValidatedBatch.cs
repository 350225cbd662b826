using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>A <c>Batch</c> that passed validation, as the server holds it.</summary>
/// <param name="BatchId">The given <c>batch_id</c>, or a fresh uuid4.</param>
/// <param name="Origin">The <c>origin</c>.</param>
/// <param name="Destination">The <c>destination</c>.</param>
/// <param name="Data">The <c>data</c> (zip groups of <c>{node_path, field_name, items}</c>), items parsed as the server parses them.</param>
/// <param name="Graph">The graph as the server stores it in each session (<c>model_dump(exclude_none=True)</c>): every
/// node with its defaults filled in, coerced values, unknown fields and nulls removed.</param>
/// <param name="Workflow">The <c>workflow</c>, parsed as <c>WorkflowWithoutID</c>.</param>
/// <param name="Runs">The <c>runs</c> (1 when absent).</param>
/// <param name="Prepend">The body's <c>prepend</c>.</param>
public sealed record ValidatedBatch(string BatchId, string? Origin, string? Destination, JsonArray? Data, JsonObject Graph, JsonObject? Workflow, int Runs, bool Prepend)
{
    /// <summary>The graph as the enqueue response echoes it (a full <c>model_dump</c>: fields whose value is
    /// <c>None</c> are written as <c>null</c>); <see langword="null"/> to echo <see cref="Graph"/>.</summary>
    public JsonObject? EchoGraph { get; init; }

    /// <summary>The <c>batch</c> of <c>EnqueueBatchResult</c>: <c>{batch_id, origin, destination, data, graph, workflow, runs}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["batch_id"] = BatchId,
        ["origin"] = Origin,
        ["destination"] = Destination,
        ["data"] = Data?.DeepClone(),
        ["graph"] = (EchoGraph ?? Graph).DeepClone(),
        ["workflow"] = Workflow?.DeepClone(),
        ["runs"] = Runs,
    };
}
