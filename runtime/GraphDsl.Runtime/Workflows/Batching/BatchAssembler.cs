using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// Turns resolved batch plans into <c>Batch.data</c> as the UI does: batch nodes are grouped by
/// <c>batch_group_id</c> in order of first appearance; a <c>None</c> node makes its own zip group of its edges (so
/// ungrouped nodes combine by cartesian product); the nodes of <c>Group N</c> make one zip group together. Like the
/// UI's <c>getBatchSize</c>, a batch node without items, or a group whose nodes have different item counts, stops the
/// enqueue.
/// </summary>
internal static class BatchAssembler
{
    public static List<BatchGroup> Assemble(IReadOnlyList<BatchPlan> plans, IReadOnlyDictionary<BatchPlan, IReadOnlyList<JsonElement>> items, List<WorkflowProblem> problems)
    {
        var data = new List<BatchGroup>();
        foreach (var plan in plans)
        {
            if (items[plan].Count == 0 && !problems.Any(p => p.NodeId == plan.Node.Id))
                problems.Add(plan.Node.Problem(null, "The batch node has no items; InvokeAI's UI does not enqueue a workflow with an empty batch."));
        }
        foreach (var group in plans.GroupBy(p => p.GroupId, StringComparer.Ordinal))
        {
            var zipped = new List<BatchDatum>();
            foreach (var plan in group)
            {
                var datums = plan.Targets.Select(t => new BatchDatum(t.NodeId, t.Field, items[plan])).ToList();
                if (group.Key != "None")
                    zipped.AddRange(datums);
                else if (datums.Count > 0)
                    data.Add(new BatchGroup(datums));
            }
            if (group.Key == "None")
                continue;
            var sizes = group.Select(p => items[p].Count).Distinct().ToList();
            if (sizes.Count > 1)
            {
                foreach (var plan in group)
                {
                    problems.Add(plan.Node.Problem("batch_group_id",
                        $"The batch nodes of '{group.Key}' are zipped, so they need equal item counts, but they have {string.Join(", ", group.Select(p => $"{p.Node.Id}: {items[p].Count}"))}."));
                }
            }
            if (zipped.Count > 0)
                data.Add(new BatchGroup(zipped));
        }
        return data;
    }
}
