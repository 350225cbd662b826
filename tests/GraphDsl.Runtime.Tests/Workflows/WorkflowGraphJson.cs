using System.Text.Json;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>Reads a converted graph back as JSON to assert on nodes, values and edges.</summary>
internal static class WorkflowGraphJson
{
    public static JsonElement Of(Graph graph)
    {
        using var document = JsonDocument.Parse(graph.ToJson());
        return document.RootElement.Clone();
    }

    public static JsonElement Node(Graph graph, string id) => Of(graph).GetProperty("nodes").GetProperty(id);

    /// <summary>The edges as <c>source.field -&gt; target.field</c> strings, in order.</summary>
    public static List<string> Edges(Graph graph) => [.. graph.Edges.Select(e => e.ToString())];

    /// <summary>The node's literal inputs, without the node attributes.</summary>
    public static Dictionary<string, string> Inputs(Graph graph, string id) =>
        Node(graph, id).EnumerateObject()
            .Where(p => p.Name is not ("id" or "type" or "is_intermediate" or "use_cache"))
            .ToDictionary(p => p.Name, p => p.Value.GetRawText());
}
