using System;
using System.Text;
using System.Threading;

namespace GraphDsl.Generator.Parsing;

/// <summary>Reads an InvokeAI OpenAPI document into a <see cref="Model.GenerationModel"/>. Never throws on bad input.</summary>
public static class SchemaParser
{
    public const string DefaultNamespace = "InvokeAI.Nodes";

    /// <summary>Parses <paramref name="text"/>, the content of the schema file at <paramref name="filePath"/>.</summary>
    public static ParseResult Parse(string filePath, string text, string targetNamespace, CancellationToken cancellationToken = default)
    {
        var utf8 = Encoding.UTF8.GetBytes(JsonText.ReplaceLoneSurrogateEscapes(text ?? ""));
        var reader = new SchemaReader(filePath, utf8, targetNamespace, cancellationToken);
        try
        {
            return reader.Read();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of ours must not crash the compiler: report it on the file instead.
            return reader.Failed(ex);
        }
    }
}
