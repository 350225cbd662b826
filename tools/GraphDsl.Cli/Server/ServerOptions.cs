using System.CommandLine;

namespace GraphDsl.Cli.Server;

/// <summary>The options that say which InvokeAI server a verb talks to.</summary>
internal static class ServerOptions
{
    /// <summary>Creates the <c>--url</c> option.</summary>
    public static Option<Uri> Url(bool required) => new("--url")
    {
        Description = "The InvokeAI server, e.g. http://localhost:9090.",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/"); // relative paths resolve under it
            result.AddError($"'{text}' is not an http(s) URL.");
            return null;
        },
    };

    /// <summary>Creates the <c>--token</c> option.</summary>
    public static Option<string?> Token() => new("--token")
    {
        Description = "A bearer token for a multi-user server (from POST /api/v1/auth/login).",
    };

    /// <summary>Creates the <c>--emulator</c> option.</summary>
    public static Option<bool> Emulator() => new("--emulator")
    {
        Description = "Run on GraphDsl's in-process InvokeAI emulator instead of a server.",
    };

    /// <summary>Creates the <c>--images</c> option: where output images are downloaded.</summary>
    public static Option<DirectoryInfo> Images() => new("--images")
    {
        Description = "Where output images are downloaded.",
        DefaultValueFactory = _ => new DirectoryInfo("graphdsl-output"),
    };

    /// <summary>Makes <paramref name="command"/> require exactly one of <paramref name="url"/> and <paramref name="emulator"/>.</summary>
    public static void RequireOneTarget(Command command, Option<Uri> url, Option<bool> emulator) =>
        command.Validators.Add(result =>
        {
            if ((result.GetResult(url) is not null) == result.GetValue(emulator))
                result.AddError("give either --url URL or --emulator.");
        });
}
