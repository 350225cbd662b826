using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>The nuspec metadata shared by the library packages (set in Directory.Build.props).</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageMetadataTests(PackageFeed feed)
{
    /// <summary>Authors, license, tags, repository type and a description.</summary>
    [Theory]
    [InlineData("GraphDsl")]
    [InlineData("GraphDsl.Emulator")]
    public void Carries_the_shared_metadata(string id)
    {
        var package = feed[id];
        Assert.Equal("GraphDsl contributors", package.Meta("authors"));
        var license = package.Metadata.Element(package.Metadata.Name.Namespace + "license");
        Assert.NotNull(license);
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Contains("invokeai", package.Meta("tags").Split(' '));
        Assert.NotEqual("", package.Meta("description"));
        var repository = package.Metadata.Element(package.Metadata.Name.Namespace + "repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
    }

    /// <summary>The repository README is the package readme.</summary>
    [Theory]
    [InlineData("GraphDsl")]
    [InlineData("GraphDsl.Emulator")]
    public void Ships_the_readme(string id)
    {
        var package = feed[id];
        Assert.Equal("README.md", package.Meta("readme"));
        Assert.Equal(File.ReadAllBytes(Repository.PathOf("README.md")), package.Read("README.md"));
    }

    /// <summary>Both packages have the repository's version (Directory.Build.props).</summary>
    [Fact]
    public void Share_the_repository_version()
    {
        Assert.Equal(Repository.PackageVersion, feed.GraphDsl.Version);
        Assert.Equal(feed.GraphDsl.Version, feed.Emulator.Version);
    }
}
