using System.Text.RegularExpressions;
using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>A project that has only the packages builds the hello graph with the packaged generator and runs it.</summary>
[Collection(PackagesCollection.Name)]
public sealed partial class ConsumerProjectTests(PackageFeed feed)
{
    /// <summary>
    /// Restores GraphDsl and GraphDsl.Emulator from the feed, builds without a warning (a generator that fails to
    /// load is warning CS8785, one built for a newer compiler CS9057), and prints the hello graph's result.
    /// </summary>
    [Fact]
    public async Task Hello_graph_builds_from_the_packages_and_runs_against_the_emulator()
    {
        using var work = new TempDirectory("package-consumer");
        var globalPackages = await NuGetFolders.GlobalPackagesAsync();
        var consumer = ConsumerProject.Write(work.Path, feed, globalPackages);

        var build = await ProcessRunner.DotNetAsync(consumer.Directory, "build", "-tl:off");
        Assert.False(GeneratorWarning().IsMatch(build.Output), $"The generator did not load.\n{build}");
        Assert.False(AnyWarning().IsMatch(build.Output), $"The build warned.\n{build}");

        var restored = Path.Combine(consumer.PackagesFolder, "graphdsl", feed.GraphDsl.Version);
        Assert.True(Directory.Exists(restored), $"GraphDsl was not restored from the test feed into {restored}.\n{build}");
        var leaked = Path.Combine(globalPackages, "graphdsl", feed.GraphDsl.Version);
        Assert.False(Directory.Exists(leaked), $"A GraphDsl {feed.GraphDsl.Version} is in the user's global packages folder ({leaked}).");

        var run = await ProcessRunner.DotNetAsync(consumer.Directory, "run", "--no-build");
        Assert.True(HelloResult().IsMatch(run.StandardOutput), $"No \"(2 + 3) × 10 = 50\" line.\n{run}");
    }

    [GeneratedRegex(@"\bCS(8785|9057)\b")]
    private static partial Regex GeneratorWarning();

    [GeneratedRegex(@"\bwarning\s+[A-Z]+[0-9]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyWarning();

    [GeneratedRegex(@"^\(2 \+ 3\) × 10 = 50\b", RegexOptions.Multiline)]
    private static partial Regex HelloResult();
}
