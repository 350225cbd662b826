using GraphDsl.Emulator.Schema;

namespace GraphDsl.Cli.Schemas;

/// <summary>The node templates graphs are checked and emulated against: a schema file, or InvokeAI 6.14's built in.</summary>
internal static class ServerSchema
{
    /// <summary>Loads <paramref name="path"/>, or the built-in InvokeAI 6.14 schema when it is <see langword="null"/>.</summary>
    /// <exception cref="CliException">The file cannot be read or is not an InvokeAI OpenAPI document.</exception>
    public static InvokeSchema Load(FileInfo? path)
    {
        if (path is null)
            return InvokeSchema.LoadDefault();
        try
        {
            return InvokeSchema.Load(path.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"cannot use the schema '{path.FullName}': {exception.Message}", exception);
        }
    }

    /// <summary>Creates the <c>--schema</c> option of the verbs that check or emulate graphs.</summary>
    public static System.CommandLine.Option<FileInfo?> Option() => new("--schema", "-s")
    {
        Description = "The InvokeAI OpenAPI document to check against (default: InvokeAI 6.14, built in).",
    };
}
