namespace GraphDsl.Cli.SchemaDiff;

/// <summary>A removed field and an added field of one node or output that look like one field renamed.</summary>
/// <param name="Old">The removed field.</param>
/// <param name="New">The added field.</param>
/// <param name="Evidence">Why they look like a rename: "same type ImageField|None and position", "same position 6, type float -> Literal[Colorspace]".</param>
internal sealed record FieldRename(RenameCandidate Old, RenameCandidate New, string Evidence);
