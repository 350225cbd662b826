namespace GraphDsl.Generator.Tests.Infrastructure;

/// <summary>One schema file handed to the generator, with the item metadata a project would set.</summary>
public sealed record SchemaInput(string Path, string Text, string? Namespace = null, bool Marked = false)
{
    public static SchemaInput Real(string version) =>
        new($"/project/invokeai-{version}.openapi.json", Schemas.Text(version));
}
