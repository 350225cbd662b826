using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>
/// A temporary folder feed holding the GraphDsl and GraphDsl.Emulator packages, packed without building from the
/// build output of this test assembly's configuration. Shared by the tests of <see cref="PackagesCollection"/>.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private readonly TempDirectory root = new("package-feed");

    /// <summary>The feed folder.</summary>
    public string Path => root.Path;

    /// <summary>The GraphDsl package (runtime/GraphDsl.Runtime with the generator).</summary>
    public PackageContents GraphDsl { get; private set; } = null!;

    /// <summary>The GraphDsl.Emulator package.</summary>
    public PackageContents Emulator { get; private set; } = null!;

    /// <summary>The package with id <paramref name="id"/>: GraphDsl or GraphDsl.Emulator.</summary>
    public PackageContents this[string id] => id switch
    {
        "GraphDsl" => GraphDsl,
        "GraphDsl.Emulator" => Emulator,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a package of this feed."),
    };

    /// <summary>Packs the two library packages into the feed.</summary>
    public async Task InitializeAsync()
    {
        GraphDsl = await PackAsync("runtime/GraphDsl.Runtime/GraphDsl.Runtime.csproj", "GraphDsl");
        Emulator = await PackAsync("runtime/GraphDsl.Emulator/GraphDsl.Emulator.csproj", "GraphDsl.Emulator");
    }

    /// <summary>
    /// Packs <paramref name="project"/> (relative to the repository) into the feed with <c>dotnet pack --no-build</c>
    /// and returns the package <paramref name="id"/> it made.
    /// </summary>
    public async Task<PackageContents> PackAsync(string project, string id)
    {
        var pack = await ProcessRunner.DotNetAsync(
            Repository.Root,
            "pack",
            Repository.PathOf(project),
            "--no-build",
            "-c",
            Repository.Configuration,
            "-o",
            Path,
            "-tl:off");
        var made = Directory.GetFiles(Path, $"{id}.*.nupkg")
            .Where(f => char.IsAsciiDigit(System.IO.Path.GetFileName(f)[id.Length + 1]))
            .ToList();
        if (made.Count != 1)
        {
            Assert.Fail($"Expected one {id} package in {Path}, found {made.Count}.\n{pack}");
        }

        var package = PackageContents.Load(made[0]);
        Assert.Equal(id, package.Id);
        return package;
    }

    /// <summary>Deletes the feed.</summary>
    public Task DisposeAsync()
    {
        root.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The tests that use the <see cref="PackageFeed"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackageFeed>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packages";
}
