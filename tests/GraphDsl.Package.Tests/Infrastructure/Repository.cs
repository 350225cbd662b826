using System.Reflection;

namespace GraphDsl.Package.Tests.Infrastructure;

/// <summary>Where the repository is and how these tests were built.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>GraphDsl.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The build configuration of this test assembly, which is also the one its referenced projects were built in,
    /// so they can be packed without building.
    /// </summary>
    public static string Configuration { get; } = BuildMetadata("Configuration");

    /// <summary>The version the packages get (<c>Version</c> in Directory.Build.props).</summary>
    public static string PackageVersion { get; } = BuildMetadata("PackageVersion");

    /// <summary>The absolute path of <paramref name="relativePath"/> (forward slashes) inside the repository.</summary>
    public static string PathOf(string relativePath)
        => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string BuildMetadata(string key)
        => typeof(Repository).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"The test assembly does not record {key} (see its csproj).");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphDsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphDsl.sln above {AppContext.BaseDirectory}.");
    }
}
