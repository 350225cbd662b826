namespace GraphDsl.Package.Tests.Infrastructure;

/// <summary>The NuGet folders of the user running the tests.</summary>
internal static class NuGetFolders
{
    /// <summary>The user's global packages folder, as <c>dotnet nuget locals</c> reports it.</summary>
    public static async Task<string> GlobalPackagesAsync()
    {
        const string Prefix = "global-packages:";
        var list = await ProcessRunner.DotNetAsync(Repository.Root, "nuget", "locals", "global-packages", "--list");
        var line = list.StandardOutput
            .Split('\n', StringSplitOptions.TrimEntries)
            .SingleOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No global packages folder in:\n{list}");
        return Path.TrimEndingDirectorySeparator(line[Prefix.Length..].Trim());
    }
}
