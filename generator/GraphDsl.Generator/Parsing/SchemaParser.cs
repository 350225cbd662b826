using System;
using System.Buffers;
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
        // The UTF-8 copy of a real schema is megabytes: from the pool, it costs no large-object allocation (and the
        // full collections those bring) on every run. Nothing of it outlives this call: the model holds strings only.
        var json = JsonText.ReplaceLoneSurrogateEscapes(text ?? "");
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, utf8, 0);
            var reader = new SchemaReader(filePath, utf8, length, targetNamespace, cancellationToken);
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
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
