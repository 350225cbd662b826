using System.Text.Json.Nodes;
using GraphDsl.Runtime.Tests.Oracle;

namespace GraphDsl.Runtime.Tests.Batching;

/// <summary>
/// Every request body the batching tests make goes through here: it is checked against InvokeAI's schema, and so is
/// the graph of each session the server would make from it (the values substituted as the server does).
/// </summary>
internal static class BatchPayloads
{
    /// <summary>Sessions whose substituted graphs are validated, per body (each costs a few milliseconds per version).</summary>
    private const int SessionsChecked = 12;

    /// <summary>Both snapshots.</summary>
    public static readonly string[] Both = ["6.8", "6.14"];

    /// <summary>6.14 only: a node type, a field or a batch item form that 6.8 does not have.</summary>
    public static readonly string[] Only614 = ["6.14"];

    /// <summary>Serializes <paramref name="batch"/>, validates the body and its first sessions' graphs (strict) against each version, and returns the body.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="versions">The snapshots whose schema must accept it; both when omitted.</param>
    public static JsonObject Enqueue(Batch batch, params string[] versions)
    {
        var text = batch.ToEnqueueRequestJson();
        var versionsToCheck = versions.Length == 0 ? Both : versions;
        EnqueueOracle.AssertValid(text, strict: true, versionsToCheck);
        var body = JsonNode.Parse(text)!.AsObject();
        foreach (var session in batch.Expand().Take(SessionsChecked))
        {
            var graph = Substitute(body["batch"]!["graph"]!, session);
            EnqueueOracle.AssertValid(EnqueueOracle.WrapGraph(graph.ToJsonString()), strict: true, versionsToCheck);
        }
        return body;
    }

    /// <summary>The session graph the server makes: the graph with each value set raw into its node's field.</summary>
    /// <param name="graph">The batch's graph.</param>
    /// <param name="values">One session's values.</param>
    public static JsonNode Substitute(JsonNode graph, IReadOnlyList<NodeFieldValue> values)
    {
        var copy = graph.DeepClone();
        foreach (var value in values)
            copy["nodes"]![value.NodePath]![value.FieldName] = JsonNode.Parse(value.Value.GetRawText());
        return copy;
    }
}
