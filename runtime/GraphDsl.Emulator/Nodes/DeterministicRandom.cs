using System;
using System.Text;

namespace GraphDsl.Emulator.Nodes;

/// <summary>
/// Random nodes in the emulator are reproducible: the generator is seeded from the node's inputs (and its iteration
/// index, if any), so the same graph gives the same numbers. They are not numpy's numbers.
/// </summary>
internal static class DeterministicRandom
{
    public static Random For(NodeContext context)
    {
        var node = (System.Text.Json.Nodes.JsonObject)context.Node.DeepClone();
        node.Remove("id");
        return new Random(Fnv1a(node.ToJsonString()));
    }

    public static Random ForSeed(long seed) => new((int)(seed ^ (seed >> 32)));

    private static int Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619u;
        return (int)hash;
    }
}
