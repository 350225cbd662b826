namespace GraphDsl.Workflows;

internal sealed partial class WorkflowDocument
{
    /// <summary>
    /// The edge checks of the UI's <c>validateWorkflow</c>, as errors instead of silent deletions: both ends exist, and a
    /// default edge's fields exist on their node types. Edges of nodes of unknown type are not checked again.
    /// </summary>
    private void CheckEdges()
    {
        var valid = new List<WfEdge>();
        foreach (var edge in Edges)
        {
            var source = Find(edge.Source);
            var target = Find(edge.Target);
            var name = edge.Id is null ? $"edge {edge}" : $"edge '{edge.Id}' ({edge})";
            if (source is null || target is null)
            {
                var known = source ?? target;
                var missing = source is null && target is null ? $"neither node '{edge.Source}' nor node '{edge.Target}' exists"
                    : source is null ? $"its source node '{edge.Source}' does not exist"
                    : $"its target node '{edge.Target}' does not exist";
                Problems.Add(new WorkflowProblem(known?.Id, known?.DisplayName, known is null ? null : source is null ? edge.TargetHandle : edge.SourceHandle,
                    $"Dangling {name}: {missing}."));
                continue;
            }
            if (edge.IsDefault)
            {
                var ok = true;
                if (source.IsInvocation && source.Descriptor is { } sourceType && sourceType.FindOutput(edge.SourceHandle!) is null)
                {
                    Problems.Add(source.Problem(edge.SourceHandle,
                        $"The {name} leaves output '{edge.SourceHandle}', which node type '{source.Type}' does not have (outputs: {string.Join(", ", sourceType.Outputs.Select(o => o.Name))})."));
                    ok = false;
                }
                if (target.IsInvocation && target.Descriptor is { } targetType && !targetType.TryGetInput(edge.TargetHandle!, out _)
                    && !target.DynamicInputs.Contains(edge.TargetHandle!) && !IsSavedWorkflowInput(target, edge.TargetHandle!))
                {
                    Problems.Add(target.Problem(edge.TargetHandle,
                        $"The {name} enters input '{edge.TargetHandle}', which node type '{target.Type}' does not have."));
                    ok = false;
                }
                if (!ok)
                    continue;
            }
            valid.Add(edge);
        }
        Edges.Clear();
        Edges.AddRange(valid);
    }

    /// <summary>Whether <paramref name="field"/> is one of <c>call_saved_workflow</c>'s dynamic inputs.</summary>
    public static bool IsSavedWorkflowInput(WfNode node, string field) =>
        node.Type == WorkflowNodeTypes.CallSavedWorkflow && field.StartsWith(WorkflowNodeTypes.SavedWorkflowInputPrefix, StringComparison.Ordinal);

    /// <summary>The default edges whose target is <paramref name="node"/>'s input <paramref name="field"/>.</summary>
    public IEnumerable<WfEdge> EdgesInto(string node, string field) =>
        Edges.Where(e => e.IsDefault && e.Target == node && e.TargetHandle == field);
}
