using System.Reflection;
using System.Runtime.InteropServices;
using GraphDsl.Package.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Package.Tests;

/// <summary>The layout and dependencies of the GraphDsl package: runtime in lib/, generator in analyzers/.</summary>
[Collection(PackagesCollection.Name)]
public sealed class GraphDslPackageTests(PackageFeed feed)
{
    /// <summary>The assemblies the compiler itself provides to every analyzer.</summary>
    private static readonly string[] CompilerAssemblies = ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp"];

    /// <summary>Only the runtime assembly and its XML docs are compiled against: no generator DLL under lib/.</summary>
    [Fact]
    public void Lib_holds_the_runtime_and_its_docs_only()
    {
        Assert.Equal(
            ["lib/net10.0/GraphDsl.Runtime.dll", "lib/net10.0/GraphDsl.Runtime.xml"],
            feed.GraphDsl.EntriesUnder("lib/"));
    }

    /// <summary>The generator and the DLL it loads sit together where the C# compiler looks for analyzers.</summary>
    [Fact]
    public void Analyzers_hold_the_generator_and_scriban()
    {
        Assert.Equal(
            ["analyzers/dotnet/cs/GraphDsl.Generator.dll", "analyzers/dotnet/cs/Scriban.Signed.dll"],
            feed.GraphDsl.EntriesUnder("analyzers/"));
    }

    /// <summary>The generator's DLLs appear nowhere but under analyzers/.</summary>
    [Fact]
    public void Generator_dlls_are_nowhere_else()
    {
        var elsewhere = feed.GraphDsl.Entries
            .Where(e => !e.StartsWith("analyzers/", StringComparison.Ordinal))
            .Where(e => e.Contains("Generator", StringComparison.OrdinalIgnoreCase) || e.Contains("Scriban", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(elsewhere);
    }

    /// <summary>
    /// Every assembly the generator and Scriban reference is beside them, the compiler's own, or part of the .NET
    /// runtime the compiler runs on (the one running these tests); otherwise the build fails with CS8785.
    /// </summary>
    [Fact]
    public void Every_assembly_the_generator_loads_is_shipped_or_provided()
    {
        var analyzers = feed.GraphDsl.EntriesUnder("analyzers/dotnet/cs/")
            .Select(e => feed.GraphDsl.Read(e))
            .ToList();
        var shipped = analyzers.Select(a => AssemblyReferences.Identity(a).Name).ToHashSet(StringComparer.Ordinal);
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();

        var missing = analyzers
            .SelectMany(AssemblyReferences.Of)
            .Where(r => !shipped.Contains(r.Name) && !CompilerAssemblies.Contains(r.Name))
            .Where(r =>
            {
                var inRuntime = Path.Combine(runtimeDirectory, r.Name + ".dll");
                return !File.Exists(inRuntime) || AssemblyName.GetAssemblyName(inRuntime).Version < r.Version;
            })
            .Select(r => $"{r.Name} {r.Version}")
            .Distinct()
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>The props that make GraphDslSchema and GraphDslNamespace compiler-visible, for direct and transitive references.</summary>
    [Theory]
    [InlineData("build/GraphDsl.props")]
    [InlineData("buildTransitive/GraphDsl.props")]
    public void Props_are_the_generators(string entry)
    {
        Assert.Contains(entry, feed.GraphDsl.Entries);
        Assert.Equal(
            File.ReadAllBytes(Repository.PathOf("generator/GraphDsl.Generator/build/GraphDsl.props")),
            feed.GraphDsl.Read(entry));
    }

    /// <summary>The package depends on Microsoft.Extensions.* only: not on the generator or what it loads.</summary>
    [Fact]
    public void Depends_on_microsoft_extensions_only()
    {
        var dependencies = feed.GraphDsl.Dependencies;
        Assert.NotEmpty(dependencies);
        Assert.All(dependencies, d => Assert.StartsWith("Microsoft.Extensions.", d.Id, StringComparison.Ordinal));
    }
}
