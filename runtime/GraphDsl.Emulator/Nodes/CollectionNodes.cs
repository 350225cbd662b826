using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Nodes;

/// <summary>InvokeAI's <c>collections.py</c>: <c>range</c>, <c>range_of_size</c>, <c>random_range</c>.</summary>
internal static class CollectionNodes
{
    public static void Register(IDictionary<string, INodeImplementation> nodes)
    {
        nodes["range"] = new DelegateNode(c =>
        {
            var start = c.Int("start");
            var stop = c.Int("stop");
            if (stop <= start)
                throw PythonErrors.InvalidInput(c, "stop");
            return Integers(c, Range(start, stop, c.Int("step")));
        });
        nodes["range_of_size"] = new DelegateNode(c =>
        {
            var step = c.Int("step");
            if (c.Int("size") <= 0)
                throw PythonErrors.InvalidInput(c, "size");
            return Integers(c, Range(c.Int("start"), c.Int("start") + (step * c.Int("size")), step));
        });
        nodes["random_range"] = new DelegateNode(c =>
        {
            var random = DeterministicRandom.ForSeed(c.Int("seed"));
            var values = new JsonArray();
            for (var i = 0; i < c.Int("size"); i++)
                values.Add(random.NextInt64(c.Int("low"), c.Int("high")));
            return c.Output("integer_collection_output", ("collection", values));
        });
    }

    /// <summary>python's <c>list(range(start, stop, step))</c>.</summary>
    internal static List<long> Range(long start, long stop, long step)
    {
        if (step == 0)
            throw PythonErrors.Value("range() arg 3 must not be zero");
        var values = new List<long>();
        for (var v = start; step > 0 ? v < stop : v > stop; v += step)
            values.Add(v);
        return values;
    }

    private static JsonObject Integers(NodeContext context, List<long> values)
    {
        var array = new JsonArray();
        foreach (var v in values)
            array.Add(v);
        return context.Output("integer_collection_output", ("collection", array));
    }
}
