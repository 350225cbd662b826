namespace GraphDsl.Cli.Eject;

/// <summary>An exposed field of a workflow: a node input the user is meant to set.</summary>
/// <param name="NodeId">The node's id.</param>
/// <param name="FieldName">The input's wire name.</param>
/// <param name="Label">The field's label in the workflow, or <see langword="null"/> when it has none.</param>
internal sealed record EjectInput(string NodeId, string FieldName, string? Label);
