namespace GraphDsl.Workflows;

/// <summary>
/// Follows connector (reroute) nodes: upstream to the invocation output that feeds them
/// (<c>resolveConnectorSource</c> in <c>features/nodes/store/util/connectorTopology.ts</c>), and downstream to the
/// invocation inputs they feed.
/// </summary>
internal static class ConnectorResolver
{
    /// <summary>
    /// The invocation output feeding connector <paramref name="connectorId"/>: the first default edge into its
    /// <c>in</c> handle, through chained connectors; <see langword="null"/> when the chain ends without one or loops.
    /// </summary>
    public static (WfNode Node, string Field)? ResolveSource(WorkflowDocument document, string connectorId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = connectorId;
        while (visited.Add(current))
        {
            var incoming = document.Edges.FirstOrDefault(e => e.IsDefault && e.Target == current && e.TargetHandle == WorkflowNodeTypes.ConnectorIn);
            if (incoming is null || document.Find(incoming.Source) is not { } source)
                return null;
            if (source.IsInvocation)
                return (source, incoming.SourceHandle!);
            if (source.Kind != WorkflowNodeKind.Connector)
                return null;
            current = source.Id;
        }
        return null;
    }

    /// <summary>The invocation inputs connector <paramref name="connectorId"/> feeds, through chained connectors, in edge order.</summary>
    public static IEnumerable<(WfNode Node, string Field)> ResolveTargets(WorkflowDocument document, string connectorId)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Targets(document, connectorId, visited);
    }

    private static IEnumerable<(WfNode Node, string Field)> Targets(WorkflowDocument document, string connectorId, HashSet<string> visited)
    {
        if (!visited.Add(connectorId))
            yield break;
        foreach (var edge in document.Edges.Where(e => e.IsDefault && e.Source == connectorId && e.SourceHandle == WorkflowNodeTypes.ConnectorOut))
        {
            if (document.Find(edge.Target) is not { } target)
                continue;
            if (target.Kind == WorkflowNodeKind.Connector)
            {
                foreach (var inner in Targets(document, target.Id, visited))
                    yield return inner;
            }
            else if (target.IsInvocation)
            {
                yield return (target, edge.TargetHandle!);
            }
        }
    }
}
