using System.Text.RegularExpressions;
using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>The graphdsl tool installs from its package and runs.</summary>
[Collection(PackagesCollection.Name)]
public sealed class CliToolTests(PackageFeed feed)
{
    /// <summary>
    /// Packs tools/GraphDsl.Cli into the feed, installs it with <c>dotnet tool install --tool-path</c>, and runs its
    /// help and a schema diff with breaking changes (exit code 1).
    /// </summary>
    [Fact]
    public async Task Graphdsl_installs_from_its_package_and_runs()
    {
        var package = await feed.PackAsync("tools/GraphDsl.Cli/GraphDsl.Cli.csproj", "GraphDsl.Cli");
        Assert.Contains(
            package.Metadata.Descendants(package.Metadata.Name.Namespace + "packageType"),
            t => (string?)t.Attribute("name") == "DotnetTool");

        using var tools = new TempDirectory("package-tool");
        await ProcessRunner.DotNetAsync(
            tools.Path,
            "tool",
            "install",
            "GraphDsl.Cli",
            "--tool-path",
            tools.Path,
            "--add-source",
            feed.Path,
            "--version",
            package.Version);
        var graphdsl = Path.Combine(tools.Path, OperatingSystem.IsWindows() ? "graphdsl.exe" : "graphdsl");

        var help = await ProcessRunner.RunAsync(graphdsl, tools.Path, expectedExitCode: 0, "--help");
        foreach (var command in new[] { "schema", "generate", "validate", "run" })
        {
            Assert.True(
                Regex.IsMatch(help.StandardOutput, $@"^[ \t]+{command}\b", RegexOptions.Multiline),
                $"The help lists no \"{command}\" command.\n{help}");
        }

        var diff = await ProcessRunner.RunAsync(
            graphdsl,
            tools.Path,
            expectedExitCode: 1,
            "schema",
            "diff",
            Repository.PathOf("schemas/invokeai-6.8.openapi.json"),
            Repository.PathOf("schemas/invokeai-6.14.openapi.json"));
        Assert.True(diff.Output.Contains("color_correct", StringComparison.Ordinal), $"The diff does not mention color_correct.\n{diff}");
    }
}
