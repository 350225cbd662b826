using GraphDsl;
using InvokeAI.Nodes;

namespace GraphDsl.Client.Tests.Client;

/// <summary>Small graphs the tests run.</summary>
internal static class TestGraphs
{
    /// <summary>design.md's hello graph: add(2,3) → multiply(·,10).</summary>
    public static (Graph Graph, AddInvocation Add, MultiplyInvocation Mul) Hello()
    {
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation { A = 2, B = 3 }, "add");
        var mul = g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 }, "mul");
        return (g.Build(), add, mul);
    }

    /// <summary>One add node with id <paramref name="id"/>.</summary>
    public static (Graph Graph, AddInvocation Add) SingleAdd(string id = "add", long a = 1, long b = 2)
    {
        var g = new GraphBuilder();
        var add = g.Add(new AddInvocation { A = a, B = b }, id);
        return (g.Build(), add);
    }

    /// <summary>The most any await of a test may take: no test may hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
}
