using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Queue;

/// <summary>One session of an expanded batch: the graph with its batch values, and those values.</summary>
/// <param name="Graph">The graph, with every <c>field_values</c> entry written into its node.</param>
/// <param name="FieldValues">The item's <c>field_values</c>: <c>[{node_path, field_name, value}]</c>, in group order.</param>
internal sealed record ExpandedSession(JsonObject Graph, JsonArray FieldValues);

/// <summary>
/// <c>Batch.data</c> × <c>runs</c> into sessions as the server does (protocol §1): each inner list is a zip group, the
/// groups are combined by a cartesian product (first group outermost), all of it repeated <c>runs</c> times.
/// </summary>
internal static class BatchExpansion
{
    /// <summary><c>requested</c>: <c>runs × Π len(first datum of each group)</c>; an empty group counts 0.</summary>
    public static long CountSessions(JsonArray? data, int runs)
    {
        long count = runs;
        foreach (var group in Groups(data))
            count *= group.Count == 0 ? 0 : Items(group[0]).Count;
        return count;
    }

    /// <summary>The sessions in permutation order (ascending item ids), lazily.</summary>
    public static IEnumerable<ExpandedSession> Expand(JsonObject graph, JsonArray? data, int runs)
    {
        var groups = Groups(data).ToList();
        var lengths = groups.Select(g => g.Count == 0 ? 0 : Items(g[0]).Count).ToArray();
        if (lengths.Any(length => length == 0) && groups.Count > 0)
            yield break;
        var permutationCount = lengths.Aggregate(1L, (product, length) => product * length);
        for (var run = 0; run < runs; run++)
        {
            for (long permutation = 0; permutation < permutationCount; permutation++)
            {
                // Mixed radix, last group fastest: itertools.product order.
                var indexes = new int[groups.Count];
                var rest = permutation;
                for (var g = groups.Count - 1; g >= 0; g--)
                {
                    indexes[g] = (int)(rest % lengths[g]);
                    rest /= lengths[g];
                }
                yield return Substitute(graph, groups, indexes);
            }
        }
    }

    private static ExpandedSession Substitute(JsonObject graph, List<JsonArray> groups, int[] indexes)
    {
        var copy = (JsonObject)graph.DeepClone();
        var nodes = copy["nodes"] as JsonObject;
        var fieldValues = new JsonArray();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var datum in groups[g].OfType<JsonObject>())
            {
                var nodePath = (string)datum["node_path"]!;
                var fieldName = (string)datum["field_name"]!;
                var value = Items(datum)[indexes[g]]?.DeepClone();
                // Written raw, with no validation (session_queue_common.py:589-591).
                if (nodes?[nodePath] is JsonObject node)
                    node[fieldName] = value;
                fieldValues.Add(new JsonObject { ["node_path"] = nodePath, ["field_name"] = fieldName, ["value"] = value?.DeepClone() });
            }
        }
        return new ExpandedSession(copy, fieldValues);
    }

    private static IEnumerable<JsonArray> Groups(JsonArray? data) => data is null ? [] : data.OfType<JsonArray>();

    private static JsonArray Items(JsonNode? datum) => datum?["items"] as JsonArray ?? [];
}
