using System.Text.Json.Nodes;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.SchemaDiff;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>The real 6.8 and 6.14 schemas, each read once, and small edits of 6.14.</summary>
internal static class RealSchemas
{
    private static readonly Lazy<Task<GenerationModel>> Model68 = new(() => LoadAsync(Path68));
    private static readonly Lazy<Task<GenerationModel>> Model614 = new(() => LoadAsync(Path614));
    private static readonly Lazy<Task<string>> Text614 = new(() => File.ReadAllTextAsync(Path614));

    /// <summary>The 6.8 schema file.</summary>
    public static string Path68 => CliHarness.TestFile("schemas/invokeai-6.8.openapi.json");

    /// <summary>The 6.14 schema file.</summary>
    public static string Path614 => CliHarness.TestFile("schemas/invokeai-6.14.openapi.json");

    /// <summary>The model of 6.8.</summary>
    public static Task<GenerationModel> V68 => Model68.Value;

    /// <summary>The model of 6.14.</summary>
    public static Task<GenerationModel> V614 => Model614.Value;

    /// <summary>6.8 → 6.14.</summary>
    public static async Task<SchemaDiffReport> Upgrade() => SchemaDiffer.Compare(await V68, await V614);

    /// <summary>The changes from the real 6.14 to a copy of it edited by <paramref name="edit"/> (which gets <c>components.schemas</c>).</summary>
    public static async Task<IReadOnlyList<SchemaChange>> ChangesTo(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(await Text614.Value)!.AsObject();
        edit(root["components"]!["schemas"]!.AsObject());
        using var dir = new TempDirectory();
        var path = dir.Write("edited.openapi.json", root.ToJsonString());
        var edited = await LoadAsync(path);
        return SchemaDiffer.Compare(await V614, edited).Changes.ToList();
    }

    /// <summary>A property of a schema of <c>components.schemas</c>.</summary>
    public static JsonObject Property(JsonObject schemas, string schema, string property) =>
        schemas[schema]!["properties"]![property]!.AsObject();

    private static async Task<GenerationModel> LoadAsync(string path) =>
        (await SchemaFile.LoadAsync(path, SchemaParser.DefaultNamespace, CancellationToken.None)).Model;
}
