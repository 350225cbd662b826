using System.Security;
using GraphDsl.Package.Tests.Infrastructure;

namespace GraphDsl.Package.Tests;

/// <summary>
/// A console project, outside the repository, that uses GraphDsl through its packages only: the samples/HelloGraph
/// program over the InvokeAI 6.14 schema, restored from the test feed into its own packages folder.
/// </summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory, string packagesFolder)
    {
        Directory = directory;
        PackagesFolder = packagesFolder;
    }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>Where its restore puts packages (instead of the user's global packages folder).</summary>
    public string PackagesFolder { get; }

    /// <summary>
    /// Writes the project into <paramref name="root"/>: it references the packages of <paramref name="feed"/>, restores
    /// into a folder of its own and reads everything else it needs from <paramref name="globalPackagesFolder"/>
    /// as a fallback folder, which a restore never writes to.
    /// </summary>
    public static ConsumerProject Write(string root, PackageFeed feed, string globalPackagesFolder)
    {
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(root, "HelloConsumer")).FullName;
        var packages = Path.Combine(root, "packages");

        // Nothing from above the temp folder applies; the repository's SDK is used.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.Copy(Repository.PathOf("global.json"), Path.Combine(directory, "global.json"));

        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="graphdsl-test-feed" value="{Xml(feed.Path)}" />
              </packageSources>
            </configuration>
            """);

        File.WriteAllText(Path.Combine(directory, "HelloConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Xml(packages)}</RestorePackagesPath>
                <RestoreAdditionalProjectFallbackFolders>{Xml(globalPackagesFolder)}</RestoreAdditionalProjectFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GraphDsl" Version="{Xml(feed.GraphDsl.Version)}" />
                <PackageReference Include="GraphDsl.Emulator" Version="{Xml(feed.Emulator.Version)}" />
                <AdditionalFiles Include="invokeai-6.14.openapi.json" />
              </ItemGroup>
            </Project>
            """);

        File.Copy(Repository.PathOf("schemas/invokeai-6.14.openapi.json"), Path.Combine(directory, "invokeai-6.14.openapi.json"));
        File.Copy(Repository.PathOf("samples/HelloGraph/Program.cs"), Path.Combine(directory, "Program.cs"));
        return new ConsumerProject(directory, packages);
    }

    private static string Xml(string text) => SecurityElement.Escape(text);
}
