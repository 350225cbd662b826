using System.Text.Json;
using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Tests;

/// <summary>The real InvokeAI snapshots: every node generated, and the result compiles with no warning at all.</summary>
public sealed class RealSchemaTests
{
    [Theory]
    [InlineData("6.8", 211, 76)]
    [InlineData("6.14", 307, 111)]
    public void Every_invocation_and_output_is_generated(string version, int invocations, int outputs)
    {
        var run = GeneratorHarness.Run(SchemaInput.Real(version));

        var expectedNodes = SchemaKeys(version, "invocation");
        Assert.Equal(invocations, expectedNodes.Count);
        Assert.Equal(outputs, SchemaKeys(version, "output").Count);
        var classes = run.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingNamespace.ToDisplayString() == "InvokeAI.Nodes").ToList();
        var nodeClasses = classes.Where(c => c.BaseType?.Name == "Invocation").Select(c => c.Name).ToHashSet();
        Assert.Equal(expectedNodes.OrderBy(k => k), nodeClasses.OrderBy(k => k));
        Assert.All(SchemaKeys(version, "output"), key => Assert.Contains(classes, c => c.Name == key));
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Theory]
    [InlineData("6.8")]
    [InlineData("6.14")]
    public void Generated_code_compiles_without_errors_or_warnings(string version)
    {
        var run = GeneratorHarness.Run(SchemaInput.Real(version), "internal static class Uses { public static object Node() => new InvokeAI.Nodes.AddInvocation { A = 1 }; }");

        Assert.Empty(run.CompileProblems().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("6.8")]
    [InlineData("6.14")]
    public void Every_wire_type_is_carried_by_its_class(string version)
    {
        var run = GeneratorHarness.Run(SchemaInput.Real(version));
        using var document = JsonDocument.Parse(Schemas.Text(version));
        foreach (var schema in document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("class", out var c) || c.GetString() != "invocation")
                continue;
            var wireType = schema.Value.GetProperty("properties").GetProperty("type").GetProperty("const").GetString();
            var source = run.Source($"InvokeAI.Nodes.{schema.Name}.g.cs");
            var descriptor = GeneratedDescriptor.Read(source);
            Assert.Equal(wireType, descriptor.GetProperty("type").GetString());
            Assert.Equal(schema.Value.GetProperty("version").GetString(), descriptor.GetProperty("version").GetString());
            if (schema.Value.GetProperty("classification").GetString() == "deprecated")
                Assert.Contains("[global::System.Obsolete(", source);
            else
                Assert.DoesNotContain("[global::System.Obsolete(", source);
        }
    }

    [Fact]
    public void Same_schema_gives_byte_identical_output()
    {
        var first = GeneratorHarness.Run(SchemaInput.Real("6.14")).Sources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        var second = GeneratorHarness.Run(SchemaInput.Real("6.14")).Sources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

        Assert.Equal(first, second);
    }

    private static List<string> SchemaKeys(string version, string @class)
    {
        using var document = JsonDocument.Parse(Schemas.Text(version));
        return document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("class", out var c) && c.GetString() == @class)
            .Select(s => s.Name)
            .ToList();
    }
}
