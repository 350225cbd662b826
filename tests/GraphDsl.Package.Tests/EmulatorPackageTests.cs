using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>The layout and dependencies of the GraphDsl.Emulator package.</summary>
[Collection(PackagesCollection.Name)]
public sealed class EmulatorPackageTests(PackageFeed feed)
{
    /// <summary>The emulator assembly and its XML docs, nothing else, under lib/.</summary>
    [Fact]
    public void Lib_holds_the_emulator_and_its_docs_only()
    {
        Assert.Equal(
            ["lib/net10.0/GraphDsl.Emulator.dll", "lib/net10.0/GraphDsl.Emulator.xml"],
            feed.Emulator.EntriesUnder("lib/"));
    }

    /// <summary>The emulator carries no generator of its own.</summary>
    [Fact]
    public void Has_no_analyzers_or_build_files()
    {
        Assert.Empty(feed.Emulator.EntriesUnder("analyzers/"));
        Assert.Empty(feed.Emulator.EntriesUnder("build/"));
        Assert.Empty(feed.Emulator.EntriesUnder("buildTransitive/"));
    }

    /// <summary>
    /// It depends on GraphDsl of the same version, with nothing excluded, so a reference to the emulator alone also
    /// brings the generator and its props.
    /// </summary>
    [Fact]
    public void Depends_on_graphdsl_with_all_its_assets()
    {
        var dependency = Assert.Single(feed.Emulator.Dependencies);
        Assert.Equal(new PackageDependency("GraphDsl", feed.GraphDsl.Version, ""), dependency);
    }
}
