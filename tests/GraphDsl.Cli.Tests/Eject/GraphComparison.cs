using System.Text.Json.Nodes;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>Compares two graphs as the server reads them: nodes by id with every value equal, edges as a set; the graph ids may differ.</summary>
internal static class GraphComparison
{
    /// <summary>Every difference between <paramref name="expected"/> and <paramref name="actual"/>, one line each; empty when they are the same graph.</summary>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        var left = JsonNode.Parse(expected)!.AsObject();
        var right = JsonNode.Parse(actual)!.AsObject();
        var differences = new List<string>();

        var leftNodes = left["nodes"]!.AsObject();
        var rightNodes = right["nodes"]!.AsObject();
        foreach (var (id, node) in leftNodes)
        {
            if (!rightNodes.TryGetPropertyValue(id, out var other))
            {
                differences.Add($"node '{id}' is missing");
                continue;
            }
            var fields = node!.AsObject().Select(p => p.Key).Union(other!.AsObject().Select(p => p.Key)).Order(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                var a = node[field];
                var b = other[field];
                if (!ValueEquals(a, b))
                    differences.Add($"node '{id}' field '{field}': expected {a?.ToJsonString() ?? "(absent)"}, got {b?.ToJsonString() ?? "(absent)"}");
            }
        }
        foreach (var (id, _) in rightNodes)
        {
            if (!leftNodes.ContainsKey(id))
                differences.Add($"node '{id}' is not expected");
        }

        var leftEdges = Edges(left);
        var rightEdges = Edges(right);
        differences.AddRange(leftEdges.Except(rightEdges).Select(e => $"edge {e} is missing"));
        differences.AddRange(rightEdges.Except(leftEdges).Select(e => $"edge {e} is not expected"));
        if (left["edges"]!.AsArray().Count != leftEdges.Count || right["edges"]!.AsArray().Count != rightEdges.Count)
            differences.Add("an edge is repeated");
        return differences;
    }

    /// <summary>JSON equality, numbers by value (<c>1</c> = <c>1.0</c>), object members in any order.</summary>
    public static bool ValueEquals(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var v) && ValueEquals(p.Value, v)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => ValueEquals(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.GetValueKind() == System.Text.Json.JsonValueKind.Number && y.GetValueKind() == System.Text.Json.JsonValueKind.Number
            => decimal.Parse(x.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
               == decimal.Parse(y.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
        (JsonValue x, JsonValue y) when x.GetValueKind() == System.Text.Json.JsonValueKind.String && y.GetValueKind() == System.Text.Json.JsonValueKind.String
            => x.GetValue<string>() == y.GetValue<string>(),
        (JsonValue x, JsonValue y) => x.ToJsonString() == y.ToJsonString(),
        _ => false,
    };

    private static HashSet<string> Edges(JsonObject graph) => graph["edges"]!.AsArray()
        .Select(e => $"{e!["source"]!["node_id"]}.{e["source"]!["field"]} -> {e["destination"]!["node_id"]}.{e["destination"]!["field"]}")
        .ToHashSet(StringComparer.Ordinal);
}
