namespace GraphDsl.Workflows;

/// <summary>One batch node: its group, the inputs it feeds, and where its items come from.</summary>
/// <param name="Node">The batch node.</param>
/// <param name="GroupId">Its <c>batch_group_id</c> (<c>None</c>, <c>Group 1</c>…; <c>undefined</c> when unset, as JavaScript groups it).</param>
/// <param name="Targets">The (node, field) pairs its output feeds, in edge order.</param>
/// <param name="Source">Its items, or the generator request that gives them.</param>
internal sealed record BatchPlan(WfNode Node, string GroupId, IReadOnlyList<(string NodeId, string Field)> Targets, GeneratorResult Source);
