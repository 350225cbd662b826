namespace GraphDsl.Generator;

/// <summary>A schema file the project lists: its path, target namespace, and content.</summary>
public sealed record SchemaFile(string Path, string Namespace, string? InvalidNamespace, string Text);
