using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Tests;

/// <summary>Which files are schemas, and which namespace their code goes to.</summary>
public sealed class NamespaceTests
{
    [Fact]
    public void Two_schemas_with_different_namespaces_both_generate_and_compile()
    {
        var run = GeneratorHarness.Run(
            [
                new SchemaInput("/project/a/invokeai-6.8.openapi.json", Schemas.Text("6.8"), Namespace: "Invoke.V68"),
                new SchemaInput("/project/b/invokeai-6.14.openapi.json", Schemas.Text("6.14"), Namespace: "Invoke.V614"),
            ],
            """
            internal static class UsesBoth
            {
                public static GraphDsl.Graph Build()
                {
                    var g = new GraphDsl.GraphBuilder();
                    var old = g.Add(new Invoke.V68.AddInvocation { A = 1 });
                    g.Add(new Invoke.V614.IfInvocation { Condition = true });
                    g.Add(new Invoke.V614.MultiplyInvocation { A = 2, B = 3 });
                    return g.Build();
                }
            }
            """);

        Assert.Empty(run.CompileProblems().Select(d => d.ToString()));
        Assert.Contains(run.Sources, s => s.HintName == "Invoke.V68.AddInvocation.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Invoke.V614.IfInvocation.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "Invoke.V68.IfInvocation.g.cs");
    }

    [Fact]
    public void Default_namespace_is_InvokeAI_Nodes()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/mini.openapi.json", Schemas.Fixture("mini.openapi.json")));

        Assert.All(run.Sources, s => Assert.StartsWith("InvokeAI.Nodes.", s.HintName));
        Assert.Contains("namespace InvokeAI.Nodes;", run.Source("InvokeAI.Nodes.AddInvocation.g.cs"));
    }

    [Fact]
    public void A_file_marked_GraphDslSchema_is_read_whatever_its_name()
    {
        var run = GeneratorHarness.Run(
            [
                new SchemaInput("/project/server-schema.json", Schemas.Fixture("mini.openapi.json"), Namespace: "My.Nodes", Marked: true),
                new SchemaInput("/project/other.json", Schemas.Fixture("mini.openapi.json")),
            ]);

        Assert.Contains(run.Sources, s => s.HintName == "My.Nodes.AddInvocation.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("InvokeAI.Nodes.", StringComparison.Ordinal));
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void A_file_neither_named_openapi_json_nor_marked_is_ignored()
    {
        var run = GeneratorHarness.Run(new SchemaInput("/project/invokeai.json", Schemas.Fixture("mini.openapi.json")));

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
