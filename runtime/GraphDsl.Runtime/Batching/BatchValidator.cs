using System.Text.Json;

namespace GraphDsl;

/// <summary>A datum with its field resolved to the wire name (or left as given when it does not resolve).</summary>
internal readonly record struct ResolvedDatum(string NodePath, string FieldName, IReadOnlyList<JsonElement> Items);

/// <summary>The checks of <see cref="Batch.GetProblems"/>: the server's 422 rules for batch data, and the value types it skips.</summary>
internal static class BatchValidator
{
    /// <summary>At most this many failing items are named per datum and rule; the rest are counted.</summary>
    private const int ItemsNamedPerRule = 3;

    private static readonly HashSet<string> NodeAttributes = new(StringComparer.Ordinal) { "id", "type", "is_intermediate", "use_cache" };

    public static List<GraphProblem> Check(Batch batch, out ResolvedDatum[][] resolved)
    {
        if (batch.Data.Count == 0)
        {
            // Nothing to check: the common case stays free of allocations proportional to the graph.
            resolved = [];
            return [];
        }
        var problems = new List<GraphProblem>();
        var graph = batch.Graph;
        var nodes = new Dictionary<string, Invocation>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Nodes.Count; i++)
            nodes.TryAdd(graph.NodeKeys[i], graph.Nodes[i]);

        var seen = new Dictionary<(string Node, string Field), int>();
        resolved = new ResolvedDatum[batch.Data.Count][];
        for (var g = 0; g < batch.Data.Count; g++)
        {
            var group = batch.Data[g];
            resolved[g] = new ResolvedDatum[group.Count];
            for (var d = 0; d < group.Count; d++)
            {
                var datum = group[d];
                var where = $"batch data group {g + 1}, datum {d + 1}";
                var fieldName = datum.Field;
                InputDescriptor? input = null;
                nodes.TryGetValue(datum.NodePath, out var node);

                // validate_batch_nodes_and_edges: the node exists, and its type has the field.
                if (node is null)
                {
                    problems.Add(new GraphProblem(datum.NodePath, datum.Field, $"{where}: no node '{datum.NodePath}' in the graph (server: \"Node {datum.NodePath} not found in graph\")"));
                }
                else
                {
                    if (Resolve(node, datum.Field) is { } found)
                    {
                        input = found;
                        fieldName = found.Name;
                    }
                    else if (NodeAttributes.Contains(datum.Field))
                    {
                        problems.Add(new GraphProblem(datum.NodePath, datum.Field, $"{where}: '{datum.Field}' is a node attribute, not an input; batch data sets inputs only"));
                    }
                    else if (node.Descriptor.IsKnown)
                    {
                        problems.Add(new GraphProblem(datum.NodePath, datum.Field, $"{where}: node type '{node.Type}' has no input '{datum.Field}' (server: \"Field {datum.Field} not found in node {datum.NodePath}\")"));
                    }
                    if (datum.Node is { } own && !ReferenceEquals(own, node))
                        problems.Add(new GraphProblem(datum.NodePath, fieldName, $"{where}: the datum was made for another {own.Type} node with this id, not for the graph's {node.Type} node"));
                }
                resolved[g][d] = new ResolvedDatum(datum.NodePath, fieldName, datum.Items);

                // validate_lengths: every datum of a zip group has as many items as the first.
                if (d > 0 && datum.Items.Count != group[0].Items.Count)
                {
                    var first = group[0];
                    problems.Add(new GraphProblem(datum.NodePath, fieldName, $"{where}: {datum.Items.Count} item(s), but the group's first datum ({first.NodePath}.{resolved[g][0].FieldName}) has {first.Items.Count}; zipped batch items must all have the same length"));
                }

                // validate_unique_field_mappings: each (node, field) at most once across all groups.
                if (seen.TryGetValue((datum.NodePath, fieldName), out var otherGroup))
                    problems.Add(new GraphProblem(datum.NodePath, fieldName, $"{where}: the field already takes batch data in group {otherGroup + 1}; each batch data must have a unique node id and field name"));
                else
                    seen.Add((datum.NodePath, fieldName), g);

                var kinds = CheckItemKinds(datum, fieldName, where, problems);
                CheckSameKind(datum, fieldName, where, kinds, problems);

                if (node is not null && input is not null)
                {
                    CheckNotConnected(graph, datum.NodePath, fieldName, where, problems);
                    CheckValues(datum, input, where, kinds, problems);
                }
            }
        }
        return problems;
    }

    /// <summary>The input <paramref name="field"/> names: by wire name first, then by generated property name.</summary>
    public static InputDescriptor? Resolve(Invocation node, string field)
    {
        var inputs = node.Descriptor.Inputs;
        if (node.Descriptor.TryGetInput(field, out var index))
            return inputs[index];
        foreach (var input in inputs)
        {
            if (string.Equals(input.PropertyName, field, StringComparison.Ordinal))
                return input;
        }
        return null;
    }

    // The body's type parsing: every item must be one of StrictStr | float | int | ImageField | VideoField, or a list of those.
    private static BatchItemKind[] CheckItemKinds(BatchDatum datum, string field, string where, List<GraphProblem> problems)
    {
        var kinds = new BatchItemKind[datum.Items.Count];
        var bad = new List<string>();
        var badCount = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = BatchItems.Classify(datum.Items[i], out var why);
            if (kinds[i] != BatchItemKind.Invalid)
                continue;
            if (++badCount <= ItemsNamedPerRule)
                bad.Add($"item {i} ({BatchItems.Show(datum.Items[i])}): {why}");
        }
        if (badCount > 0)
            problems.Add(new GraphProblem(datum.NodePath, field, $"{where}: {string.Join("; ", bad)}{More(badCount)}"));
        return kinds;
    }

    // validate_types: one item type per datum; integers and floats may mix.
    private static void CheckSameKind(BatchDatum datum, string field, string where, BatchItemKind[] kinds, List<GraphProblem> problems)
    {
        if (kinds.Length == 0 || kinds.Contains(BatchItemKind.Invalid) || kinds.All(BatchItems.IsNumber))
            return;
        var first = kinds[0];
        var other = Array.FindIndex(kinds, k => k != first);
        if (other >= 0)
            problems.Add(new GraphProblem(datum.NodePath, field, $"{where}: item 0 is {BatchItems.Describe(first)} but item {other} is {BatchItems.Describe(kinds[other])}; all items in a batch must have the same type (integers and floats may mix)"));
    }

    // Not a server rule: an edge into the field replaces the substituted value when the node runs, so every session would be the same.
    private static void CheckNotConnected(Graph graph, string nodePath, string field, string where, List<GraphProblem> problems)
    {
        foreach (var edge in graph.Edges)
        {
            if (edge.Destination.NodeId == nodePath && edge.Destination.Field == field)
            {
                problems.Add(new GraphProblem(nodePath, field, $"{where}: the field is connected by the edge {edge}, whose value would replace every batch value"));
                return;
            }
        }
    }

    // Not checked by the server at enqueue: the value must fit the field, or the session fails to load at dequeue.
    private static void CheckValues(BatchDatum datum, InputDescriptor input, string where, BatchItemKind[] kinds, List<GraphProblem> problems)
    {
        var bad = new List<string>();
        var badCount = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == BatchItemKind.Invalid)
                continue;
            var item = datum.Items[i];
            string? problem;
            try
            {
                var literal = input.Codec.ReadBoxed(item);
                problem = input.Bounds?.Check(literal);
            }
            catch (JsonException ex)
            {
                problem = ex.Message;
            }
            catch (InvalidOperationException ex)
            {
                problem = ex.Message;
            }
            catch (FormatException ex)
            {
                problem = ex.Message;
            }
            if (problem is null)
                continue;
            if (++badCount <= ItemsNamedPerRule)
                bad.Add($"item {i} ({BatchItems.Show(item)}): {problem.TrimEnd('.')}");
        }
        if (badCount > 0)
            problems.Add(new GraphProblem(datum.NodePath, input.Name, $"{where}: value does not fit the field's type {input.WireType} — {string.Join("; ", bad)}{More(badCount)}; the server does not check this at enqueue, and the queue item would fail to load when dequeued"));
    }

    private static string More(int count) => count > ItemsNamedPerRule ? $"; and {count - ItemsNamedPerRule} more item(s)" : "";
}
