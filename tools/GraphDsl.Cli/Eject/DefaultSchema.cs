using GraphDsl.Emulator.Schema;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Eject;

/// <summary>The InvokeAI 6.14 document the emulator embeds: the schema of the verbs that take an optional <c>--schema</c>.</summary>
internal static class DefaultSchema
{
    private const string ResourceName = "GraphDsl.Emulator.invokeai-6.14.openapi.json";

    /// <summary>The file name diagnostics would name.</summary>
    public const string FileName = "invokeai-6.14.openapi.json";

    /// <summary>The document's model, its code in <paramref name="targetNamespace"/>.</summary>
    /// <exception cref="CliException">The resource is missing (a broken build).</exception>
    public static GenerationModel Load(string targetNamespace, CancellationToken cancellationToken)
    {
        using var stream = typeof(InvokeSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CliException($"the built-in schema ({ResourceName}) is missing from {typeof(InvokeSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var result = SchemaParser.Parse(FileName, reader.ReadToEnd(), targetNamespace, cancellationToken);
        return result.Model ?? throw new CliException($"the built-in schema ({ResourceName}) has no InvokeAI invocations.");
    }
}
