using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// Plans the batch data of a workflow as the UI does (<c>getBatchDataForWorkflowGeneration</c> in
/// <c>features/queue/hooks/useEnqueueWorkflows.ts</c> and <c>resolveBatchValue</c> in
/// <c>features/nodes/util/node/resolveBatchValue.ts</c>): each batch node's items are its own list, or the values of
/// the generator node that feeds its list input (directly or through connectors); each of its output edges names an
/// input to substitute the items into.
/// </summary>
/// <remarks>
/// One deliberate difference: when a batch node's output enters a connector, the UI names the connector as the
/// <c>node_path</c>, which the server rejects ("Node … not found in graph", InvokeAI#9150); here the connector is
/// followed to the inputs it feeds.
/// </remarks>
internal static class BatchPlanner
{
    public static List<BatchPlan> Plan(WorkflowDocument document, Random random, List<WorkflowDrop> drops)
    {
        var plans = new List<BatchPlan>();
        foreach (var node in document.Nodes.Where(n => n.Kind == WorkflowNodeKind.Batch))
        {
            var (itemsField, outputField) = WorkflowNodeTypes.BatchFields(node.Type!);
            var group = node.ValueOf("batch_group_id") is { ValueKind: JsonValueKind.String } g ? g.GetString()! : "undefined";
            var targets = new List<(string, string)>();
            foreach (var edge in document.Edges.Where(e => e.IsDefault && e.Source == node.Id && e.SourceHandle == outputField))
            {
                var target = document.Find(edge.Target)!;
                if (target.Kind == WorkflowNodeKind.Connector)
                {
                    targets.AddRange(ConnectorResolver.ResolveTargets(document, target.Id).Where(t => t.Node.IsExecutable).Select(t => (t.Node.Id, t.Field)));
                }
                else if (target.IsExecutable)
                {
                    targets.Add((target.Id, edge.TargetHandle!));
                }
                else
                {
                    drops.Add(node.Drop($"edge {edge}", $"its target is a {target.Kind.ToString().ToLowerInvariant()} node, which is not executed, so no batch data goes there"));
                }
            }
            plans.Add(new BatchPlan(node, group, targets, Source(document, node, itemsField, random)));
        }
        return plans;
    }

    private static GeneratorResult Source(WorkflowDocument document, WfNode node, string itemsField, Random random)
    {
        var family = node.Type!.Split('_')[0];
        var incoming = document.Edges.FirstOrDefault(e => e.IsDefault && e.Target == node.Id && e.TargetHandle == itemsField);
        if (incoming is null)
            return OwnItems(node, itemsField);
        var source = document.Find(incoming.Source)!;
        WfNode? generator = source.IsInvocation ? source
            : source.Kind == WorkflowNodeKind.Connector ? ConnectorResolver.ResolveSource(document, source.Id)?.Node
            : null;
        if (generator is null)
            return new GeneratorResult.Invalid($"Missing edge from {family} generator to {family} batch: no invocation feeds its '{itemsField}' input.");
        if (generator.Type != $"{family}_generator")
        {
            return new GeneratorResult.Invalid(
                $"Its '{itemsField}' input is fed by node '{generator.Id}' ({generator.DisplayName}), which is not a {family} generator.");
        }
        return Generators.Evaluate(family, generator.ValueOf("generator"), random);
    }

    private static GeneratorResult OwnItems(WfNode node, string itemsField)
    {
        var value = node.ValueOf(itemsField);
        if (value is null or { ValueKind: JsonValueKind.Null })
            return new GeneratorResult.Items([]);
        if (value is not { ValueKind: JsonValueKind.Array } list)
            return new GeneratorResult.Invalid($"Its '{itemsField}' value {JsonValues.Show(value.Value)} is not a list.");
        var items = new List<JsonElement>();
        foreach (var item in list.EnumerateArray())
        {
            if (Item(node.Type!, item) is not { } normalized)
                return new GeneratorResult.Invalid($"Its '{itemsField}' list holds {JsonValues.Show(item)}, which is not {Expected(node.Type!)}.");
            items.Add(normalized);
        }
        return new GeneratorResult.Items(items);
    }

    /// <summary>An item as the UI's schema for the batch node's list parses it (an image is reduced to its <c>image_name</c>).</summary>
    private static JsonElement? Item(string type, JsonElement item) => type switch
    {
        "image_batch" => JsonValues.StringProperty(item, "image_name") is { Length: > 0 } name
            ? JsonValues.Write(w => { w.WriteStartObject(); w.WriteString("image_name", name); w.WriteEndObject(); })
            : null,
        "string_batch" => item.ValueKind == JsonValueKind.String ? item.Clone() : null,
        "integer_batch" => item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out var d) && d == Math.Floor(d) ? item.Clone() : null,
        _ => item.ValueKind == JsonValueKind.Number ? item.Clone() : null,
    };

    private static string Expected(string type) => type switch
    {
        "image_batch" => "an image ({\"image_name\": …})",
        "string_batch" => "a string",
        "integer_batch" => "an integer",
        _ => "a number",
    };
}
