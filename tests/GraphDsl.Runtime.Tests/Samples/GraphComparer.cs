using System.Text.Json;

namespace GraphDsl.Runtime.Tests.Samples;

/// <summary>
/// Compares a graph's JSON with an expected one (a captured <c>session.graph</c>), node by node through a map of ids,
/// and lists every difference as <c>node id, field: expected …, actual …</c>.
/// </summary>
/// <remarks>
/// <para>Compared: the graph id; the node set (every expected node mapped to an actual node of the same id key, no
/// actual node left over); per node its <c>id</c> (equal to its key), <c>type</c>, <c>is_intermediate</c>,
/// <c>use_cache</c> and every literal input — same set of fields, same JSON values (objects by property, arrays in
/// order, numbers by value); the edges as a multiset, after mapping ids.</para>
/// <para>Ignored, and only this: the value an expected node carries on an input that an expected edge connects. The
/// server replaces it with the edge's value before the node runs, so it is dead data; GraphDsl omits connected inputs
/// from the payload by design. Each ignored value is returned in <see cref="Result.Ignored"/> so a test can pin the
/// list. A literal an <em>actual</em> node carries on one of its own connected inputs is a difference. With
/// <c>ignoreConnectedValues: false</c> nothing at all is ignored.</para>
/// </remarks>
internal static class GraphComparer
{
    private static readonly HashSet<string> NodeAttributes = ["id", "type", "is_intermediate", "use_cache"];

    /// <summary>The outcome of a comparison.</summary>
    /// <param name="Differences">Every difference, one line each; empty when the graphs are equal.</param>
    /// <param name="Ignored">Every expected value skipped because an edge connects its input: <c>node.field = value</c>.</param>
    public sealed record Result(IReadOnlyList<string> Differences, IReadOnlyList<string> Ignored);

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected graph (<c>{"id", "nodes", "edges"}</c>).</param>
    /// <param name="actual">The actual graph.</param>
    /// <param name="idMap">Each expected node id to the id of the actual node it must equal.</param>
    /// <param name="ignoreConnectedValues">
    /// <see langword="true"/> (the default) to skip the expected values on connected inputs and to report a literal on an
    /// actual connected input; <see langword="false"/> to compare those values like any other field (nothing is ignored).
    /// </param>
    public static Result Compare(JsonElement expected, JsonElement actual, IReadOnlyDictionary<string, string> idMap, bool ignoreConnectedValues = true)
    {
        var differences = new List<string>();
        var ignored = new List<string>();

        CompareValue(differences, "graph", "id", Get(expected, "id"), Get(actual, "id"));

        var expectedNodes = Nodes(expected);
        var actualNodes = Nodes(actual);
        var expectedConnected = ignoreConnectedValues ? ConnectedInputs(expected) : [];
        var actualConnected = ignoreConnectedValues ? ConnectedInputs(actual) : [];

        foreach (var (expectedId, mappedId) in idMap)
        {
            if (!expectedNodes.ContainsKey(expectedId))
                differences.Add($"id map: expected node '{expectedId}' is not in the expected graph");
            if (!actualNodes.ContainsKey(mappedId))
                differences.Add($"node '{expectedId}' -> '{mappedId}': missing from the actual graph");
        }
        if (idMap.Values.Distinct(StringComparer.Ordinal).Count() != idMap.Count)
            differences.Add("id map: two expected nodes map to the same actual node");
        foreach (var expectedId in expectedNodes.Keys.Where(id => !idMap.ContainsKey(id)))
            differences.Add($"node '{expectedId}': not in the id map (no actual node stands for it)");
        var mappedIds = idMap.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var actualId in actualNodes.Keys.Where(id => !mappedIds.Contains(id)))
            differences.Add($"node '{actualId}': in the actual graph only");

        foreach (var (expectedId, mappedId) in idMap)
        {
            if (!expectedNodes.TryGetValue(expectedId, out var e) || !actualNodes.TryGetValue(mappedId, out var a))
                continue;
            var where = expectedId == mappedId ? $"node '{expectedId}'" : $"node '{expectedId}' -> '{mappedId}'";
            CompareValue(differences, $"{where} (expected key)", "id", JsonString(expectedId), Get(e, "id"));
            CompareValue(differences, $"{where} (actual key)", "id", JsonString(mappedId), Get(a, "id"));
            CompareValue(differences, where, "type", Get(e, "type"), Get(a, "type"));
            CompareValue(differences, where, "is_intermediate", Get(e, "is_intermediate"), Get(a, "is_intermediate"));
            CompareValue(differences, where, "use_cache", Get(e, "use_cache"), Get(a, "use_cache"));

            var expectedInputs = Inputs(e);
            var actualInputs = Inputs(a);
            foreach (var (field, value) in expectedInputs)
            {
                if (expectedConnected.Contains((expectedId, field)))
                    ignored.Add($"{expectedId}.{field} = {value.GetRawText()}");
            }
            foreach (var field in actualInputs.Keys.Where(f => actualConnected.Contains((mappedId, f))))
                differences.Add($"{where}, field '{field}': literal {actualInputs[field].GetRawText()} on an input an edge connects");

            var fields = expectedInputs.Keys.Where(f => !expectedConnected.Contains((expectedId, f)))
                .Union(actualInputs.Keys.Where(f => !actualConnected.Contains((mappedId, f))), StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                CompareValue(differences, where, field,
                    expectedInputs.TryGetValue(field, out var ev) ? ev : null,
                    actualInputs.TryGetValue(field, out var av) ? av : null);
            }
        }

        var expectedEdges = Edges(expected).Select(edge => MapEdge(edge, idMap)).ToList();
        var actualEdges = Edges(actual).ToList();
        foreach (var edge in MultisetExcept(expectedEdges, actualEdges))
            differences.Add($"edge {edge}: missing from the actual graph");
        foreach (var edge in MultisetExcept(actualEdges, expectedEdges))
            differences.Add($"edge {edge}: in the actual graph only");

        return new Result(differences, ignored);
    }

    /// <summary>The differences as one message, for an assertion.</summary>
    /// <param name="differences">The differences.</param>
    public static string Describe(IReadOnlyList<string> differences) =>
        differences.Count == 0 ? "no differences" : $"{differences.Count} difference(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences);

    private static void CompareValue(List<string> differences, string where, string field, JsonElement? expected, JsonElement? actual)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case ({ } e, null):
                differences.Add($"{where}, field '{field}': expected {e.GetRawText()}, actual (absent)");
                return;
            case (null, { } a):
                differences.Add($"{where}, field '{field}': expected (absent), actual {a.GetRawText()}");
                return;
            case ({ } e, { } a) when !JsonElement.DeepEquals(e, a):
                differences.Add($"{where}, field '{field}': expected {e.GetRawText()}, actual {a.GetRawText()}");
                return;
        }
    }

    private static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : null;

    private static JsonElement JsonString(string value) => JsonSerializer.SerializeToElement(value);

    private static Dictionary<string, JsonElement> Nodes(JsonElement graph) =>
        graph.GetProperty("nodes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static Dictionary<string, JsonElement> Inputs(JsonElement node) =>
        node.EnumerateObject().Where(p => !NodeAttributes.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static HashSet<(string Node, string Field)> ConnectedInputs(JsonElement graph) =>
        Edges(graph).Select(e => (e.Destination.NodeId, e.Destination.Field)).ToHashSet();

    private static IEnumerable<Edge> Edges(JsonElement graph) =>
        graph.GetProperty("edges").EnumerateArray().Select(e => new Edge(Connection(e, "source"), Connection(e, "destination")));

    private static EdgeConnection Connection(JsonElement edge, string end)
    {
        var connection = edge.GetProperty(end);
        return new EdgeConnection(connection.GetProperty("node_id").GetString()!, connection.GetProperty("field").GetString()!);
    }

    private static Edge MapEdge(Edge edge, IReadOnlyDictionary<string, string> idMap) =>
        new(edge.Source with { NodeId = idMap.GetValueOrDefault(edge.Source.NodeId, edge.Source.NodeId) },
            edge.Destination with { NodeId = idMap.GetValueOrDefault(edge.Destination.NodeId, edge.Destination.NodeId) });

    private static List<Edge> MultisetExcept(IEnumerable<Edge> items, IEnumerable<Edge> remove)
    {
        var left = items.ToList();
        foreach (var edge in remove)
            left.Remove(edge);
        return left;
    }
}

