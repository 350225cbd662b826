namespace GraphDsl.Cli.SchemaDiff;

/// <summary>One difference between two schemas, and whether it breaks C# code written against the old one.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="OwnerKind">Whether <paramref name="Owner"/> is a node, an output or a schema object.</param>
/// <param name="Owner">The wire type of the node (<c>color_correct</c>) or output (<c>scheduler_output</c>), or the schema name of the object (<c>ModelIdentifierField</c>).</param>
/// <param name="Field">The field's wire name (for a rename, the old one); null for a change of the node itself.</param>
/// <param name="Old">The old value (a version, a type, a default, the removed enum values, …); null when there is none.</param>
/// <param name="New">The new value; null when there is none.</param>
/// <param name="IsBreaking">Whether code that compiled against the old schema's generated classes may no longer compile.</param>
/// <param name="Detail">What changed and why it breaks, or not, without the owner and field: one line.</param>
internal sealed record SchemaChange(
    ChangeKind Kind,
    ChangeOwner OwnerKind,
    string Owner,
    string? Field,
    string? Old,
    string? New,
    bool IsBreaking,
    string Detail)
{
    /// <summary>Where the change is: <c>node</c> or <c>node.field</c>.</summary>
    public string Location => Field is null ? Owner : $"{Owner}.{Field}";

    /// <summary>The change as one line: location, what changed, and why it breaks or not.</summary>
    public string Message => $"{Location}: {Detail}";
}
