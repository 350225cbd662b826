namespace GraphDsl.Workflows;

/// <summary>One saved edge of a workflow.</summary>
/// <param name="Index">Its position in <c>edges</c>.</param>
/// <param name="Id">The editor's edge id.</param>
/// <param name="Type"><c>default</c> or <c>collapsed</c>.</param>
/// <param name="Source">The source node id.</param>
/// <param name="Target">The target node id.</param>
/// <param name="SourceHandle">The source field; <see langword="null"/> on a collapsed edge.</param>
/// <param name="TargetHandle">The target field; <see langword="null"/> on a collapsed edge.</param>
internal sealed record WfEdge(int Index, string? Id, string Type, string Source, string Target, string? SourceHandle, string? TargetHandle)
{
    public bool IsDefault => Type == "default";

    public override string ToString() => IsDefault ? $"{Source}.{SourceHandle} -> {Target}.{TargetHandle}" : $"{Source} -> {Target} ({Type})";
}
