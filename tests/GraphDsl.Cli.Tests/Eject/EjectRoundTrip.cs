using System.Reflection;
using GraphDsl.Cli.Eject;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>Ejects a graph, compiles the C#, runs its <c>Build</c> and compares the result with the graph it came from.</summary>
internal static class EjectRoundTrip
{
    /// <summary>The ejected C# of <paramref name="request"/> against the 6.14 bindings.</summary>
    public static EjectResult Eject(EjectRequest request) => WorkflowEjector.Eject(request, EjectFixtures.Model614);

    /// <summary>Compiles <paramref name="result"/>'s file, asserting it has no error and no warning, and returns its <c>Build</c>.</summary>
    public static MethodInfo Compile(EjectResult result)
    {
        var (assembly, diagnostics) = EjectCompiler.Compile(result.Source);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics) + "\n\n" + EjectCompiler.Numbered(result.Source));
        var type = assembly!.GetType(result.ClassName) ?? assembly.GetTypes().Single(t => t.Name == result.ClassName);
        return type.GetMethod("Build", BindingFlags.Public | BindingFlags.Static)!;
    }

    /// <summary>
    /// Calls <paramref name="build"/> with every optional parameter at its default (or as <paramref name="overrides"/>
    /// says) and a sample value for every required one, which is also set on <paramref name="expected"/>'s node.
    /// </summary>
    public static Graph Build(MethodInfo build, EjectResult result, Graph expected, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var parameters = build.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (overrides is not null && overrides.TryGetValue(parameter.Name!, out var value))
            {
                arguments[i] = value;
                continue;
            }
            if (parameter.HasDefaultValue)
            {
                arguments[i] = parameter.DefaultValue;
                continue;
            }
            var target = result.Parameters.Single(p => p.Name == parameter.Name);
            Assert.True(target.IsRequired, $"{parameter.Name} has no default but is not reported as required");
            var (sample, json) = SampleValues.For(parameter.ParameterType, EjectFixtures.Model614);
            arguments[i] = sample;
            expected.Nodes.Single(n => n.Id == target.NodeId).SetFromJson(target.FieldName, json);
        }
        try
        {
            return (Graph)build.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException($"Build() threw {exception.InnerException}\n\n{EjectCompiler.Numbered(result.Source)}");
        }
    }

    /// <summary>Asserts that <paramref name="actual"/> is <paramref name="expected"/> (graph ids aside).</summary>
    public static void AssertSameGraph(Graph expected, Graph actual, EjectResult result)
    {
        var differences = GraphComparison.Differences(expected.ToJson(), actual.ToJson());
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n\n" + EjectCompiler.Numbered(result.Source));
    }
}
