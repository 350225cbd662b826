using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>The field validators of <c>Batch.data</c> (protocol §1), in the server's order, over parsed data, and the
/// model validator that checks each datum's node and field against the graph.</summary>
internal static class BatchDataRules
{
    /// <summary>The message of the first field validator <paramref name="data"/> breaks, or <see langword="null"/>.</summary>
    public static string? FirstProblem(JsonArray data) => Lengths(data) ?? Types(data) ?? UniqueFieldMappings(data);

    /// <summary>The model validator: the message for the first datum whose node or field is not in the graph, or <see langword="null"/>.</summary>
    public static string? NodeAndFieldProblem(JsonArray data, IReadOnlyDictionary<string, ParsedNode> nodesByKey)
    {
        foreach (var datum in Datums(data))
        {
            var nodePath = (string)datum["node_path"]!;
            var fieldName = (string)datum["field_name"]!;
            if (!nodesByKey.TryGetValue(nodePath, out var node))
            {
                return $"Node {nodePath} not found in graph";
            }

            if (!FieldTypes.HasInput(node.Template, fieldName))
            {
                return $"Field {fieldName} not found in node {nodePath}";
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Datums(JsonArray data) =>
        data.SelectMany(group => group!.AsArray()).Select(datum => datum!.AsObject());

    private static JsonArray Items(JsonObject datum) => datum["items"]?.AsArray() ?? [];

    private static string? Lengths(JsonArray data)
    {
        foreach (var group in data.Select(g => g!.AsArray()))
        {
            var firstLength = group.Count > 0 ? Items(group[0]!.AsObject()).Count : 0;
            if (group.Any(datum => Items(datum!.AsObject()).Count != firstLength))
            {
                return "Zipped batch items must all have the same length";
            }
        }

        return null;
    }

    private static string? Types(JsonArray data)
    {
        foreach (var datum in Datums(data))
        {
            var items = Items(datum);
            if (items.Count == 0)
            {
                continue;
            }

            var types = items.Select(PythonTypeOf).ToList();
            if (types.All(t => t is "int" or "float"))
            {
                continue;
            }

            if (types.Any(t => t != types[0]))
            {
                return "All items in a batch must have the same type";
            }
        }

        return null;
    }

    private static string? UniqueFieldMappings(JsonArray data)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var datum in Datums(data))
        {
            if (!pairs.Add(((string)datum["node_path"]!, (string)datum["field_name"]!)))
            {
                return "Each batch data must have unique node_id and field_name";
            }
        }

        return null;
    }

    /// <summary>python's <c>type(item)</c> of a parsed batch item.</summary>
    private static string PythonTypeOf(JsonNode? item) => item?.GetValueKind() switch
    {
        JsonValueKind.String => "str",
        JsonValueKind.Number => JsonNumbers.IsIntegerText(item.ToJsonString()) ? "int" : "float",
        JsonValueKind.Array => "list",
        JsonValueKind.Object => item.AsObject().ContainsKey("image_name") ? "ImageField" : "VideoField",
        _ => "NoneType",
    };
}
