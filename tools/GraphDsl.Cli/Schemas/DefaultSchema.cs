using GraphDsl.Emulator.Schema;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Schemas;

/// <summary>The InvokeAI 6.14 document the emulator embeds: the schema of the verbs that take an optional <c>--schema</c>.</summary>
internal static class DefaultSchema
{
    /// <summary>The file name diagnostics would name.</summary>
    public const string FileName = "invokeai-6.14.openapi.json";

    /// <summary>The document's model, its code in <paramref name="targetNamespace"/>.</summary>
    /// <exception cref="CliException">The document has no invocations (a broken build).</exception>
    public static GenerationModel Load(string targetNamespace, CancellationToken cancellationToken) =>
        SchemaParser.Parse(FileName, InvokeSchema.DefaultDocument(), targetNamespace, cancellationToken).Model
        ?? throw new CliException($"the built-in schema ({FileName}) has no InvokeAI invocations.");
}
