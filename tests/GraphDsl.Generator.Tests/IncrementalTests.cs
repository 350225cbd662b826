using System.Collections;
using System.Reflection;
using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GraphDsl.Generator.Tests;

/// <summary>The pipeline re-runs nothing it need not, and holds no compiler objects between steps.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllSteps =
    [
        TrackingNames.SchemaFiles, TrackingNames.Parse, TrackingNames.Model, TrackingNames.Diagnostics, TrackingNames.Namespaces, TrackingNames.Units,
    ];

    [Fact]
    public void Unrelated_source_edit_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("internal static class A { }");
        var driver = GeneratorHarness.CreateDriver([new SchemaInput("/project/mini.openapi.json", Schemas.Fixture("mini.openapi.json"))]).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("internal static class A { public static int B; }", GeneratorHarness.ParseOptions, path: "/project/User0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Whitespace_only_schema_edit_leaves_the_model_unchanged()
    {
        var text = Schemas.Fixture("mini.openapi.json");
        const string path = "/project/mini.openapi.json";
        var compilation = GeneratorHarness.CreateCompilation("internal static class A { }");
        var driver = GeneratorHarness.CreateDriver([new SchemaInput(path, text)], out var texts);
        driver = driver.RunGenerators(compilation);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        var reformatted = new InMemoryAdditionalText(path, "\n  " + text.Replace("\n", "\n    ") + "\n\n");
        driver = driver.ReplaceAdditionalText(texts[0], reformatted);
        var run = driver.RunGenerators(compilation).GetRunResult();
        var result = run.Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.SchemaFiles].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, result.TrackedSteps[TrackingNames.Parse].Single().Outputs.Single().Reason);
        // Everything after the parse sees an unchanged model: nothing is re-emitted.
        Assert.Equal(IncrementalStepRunReason.Cached, result.TrackedSteps[TrackingNames.Model].Single().Outputs.Single().Reason);
        Assert.All(result.TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.Equal(before, run.GeneratedTrees.Select(t => t.ToString()).ToList());
    }

    [Fact]
    public void Editing_one_node_regenerates_only_that_node()
    {
        var text = Schemas.Fixture("mini.openapi.json");
        var compilation = GeneratorHarness.CreateCompilation("internal static class A { }");
        var driver = GeneratorHarness.CreateDriver([new SchemaInput("/project/mini.openapi.json", text)], out var texts).RunGenerators(compilation);

        var edited = text.Replace("\"description\": \"Adds two numbers\"", "\"description\": \"Adds two integers\"");
        Assert.NotEqual(text, edited);
        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText("/project/mini.openapi.json", edited));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var units = result.TrackedSteps[TrackingNames.Units].SelectMany(s => s.Outputs).ToList();
        var modified = units.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        Assert.Single(modified);
        Assert.Contains("AddInvocation", modified[0].Value.ToString());
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_compilations_or_syntax()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/mini.openapi.json", Schemas.Fixture("mini.openapi.json")));
        var result = run.Result.Results.Single();

        foreach (var step in AllSteps.SelectMany(name => result.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
                AssertNoCompilerObjects(value, step.Name ?? "?", new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        }
    }

    private static void AssertNoCompilerObjects(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            return;
        Assert.False(value is ISymbol or Compilation or SyntaxNode or SemanticModel or SyntaxTree or SourceText or Location,
            $"Step {step} holds a {value.GetType().Name}.");
        if (!value.GetType().IsValueType && !seen.Add(value))
            return;
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
                AssertNoCompilerObjects(item, step, seen, depth + 1);
            return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
                AssertNoCompilerObjects(property.GetValue(value), step, seen, depth + 1);
        }
    }
}
