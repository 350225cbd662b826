using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Nodes;

/// <summary>The scheduler's own nodes: <c>iterate</c>, <c>collect</c>, <c>if</c> (their inputs are resolved by the session).</summary>
internal static class GraphNodes
{
    public static void Register(IDictionary<string, INodeImplementation> nodes)
    {
        nodes["iterate"] = new DelegateNode(c =>
        {
            var collection = c.Node["collection"] as JsonArray ?? [];
            var index = (int)c.Int("index");
            if (index < 0 || index >= collection.Count)
                throw new Execution.EmulatedNodeException("IndexError", "list index out of range");
            return c.Output("iterate_output", ("item", collection[index]?.DeepClone()), ("index", index), ("total", collection.Count));
        });
        nodes["collect"] = new DelegateNode(c => c.Output("collect_output", ("collection", c.Node["collection"]?.DeepClone() ?? new JsonArray())));
        nodes["if"] = new DelegateNode(c => c.Output("if_output", ("value", (c.Bool("condition") ? c.Value("true_input") : c.Value("false_input"))?.DeepClone())));
    }
}
