using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Nodes;

/// <summary>InvokeAI's <c>math.py</c> and <c>param_easing.py</c> <c>float_range</c>, computed as python does.</summary>
internal static class MathNodes
{
    public static void Register(IDictionary<string, INodeImplementation> nodes)
    {
        nodes["add"] = new DelegateNode(c => Integer(c, c.Int("a") + c.Int("b")));
        nodes["sub"] = new DelegateNode(c => Integer(c, c.Int("a") - c.Int("b")));
        nodes["mul"] = new DelegateNode(c => Integer(c, c.Int("a") * c.Int("b")));
        nodes["div"] = new DelegateNode(c =>
        {
            var b = c.Int("b");
            if (b == 0)
                throw PythonErrors.ZeroDivision();
            return Integer(c, (long)Math.Truncate((double)c.Int("a") / b)); // int(a / b)
        });
        nodes["integer_math"] = new DelegateNode(IntegerMath);
        nodes["float_math"] = new DelegateNode(FloatMath);
        nodes["round_float"] = new DelegateNode(c => Float(c, PythonMath.Round(c.Float("value"), (int)c.Int("decimals"))));
        nodes["float_to_int"] = new DelegateNode(FloatToInt);
        nodes["rand_int"] = new DelegateNode(c =>
        {
            var low = c.Int("low");
            var high = c.Int("high");
            if (high <= low)
                throw PythonErrors.Value("low >= high");
            return Integer(c, DeterministicRandom.For(c).NextInt64(low, high));
        });
        nodes["rand_float"] = new DelegateNode(c =>
        {
            var low = c.Float("low");
            var high = c.Float("high");
            var value = low + (DeterministicRandom.For(c).NextDouble() * (high - low));
            return Float(c, PythonMath.Round(value, (int)c.Int("decimals")));
        });
        nodes["float_range"] = new DelegateNode(c =>
        {
            var start = c.Float("start");
            var stop = c.Float("stop");
            var steps = (int)c.Int("steps");
            var values = new JsonArray();
            for (var i = 0; i < steps; i++)
                values.Add(steps == 1 ? start : start + ((stop - start) * i / (steps - 1))); // np.linspace
            return c.Output("float_collection_output", ("collection", values));
        });
    }

    private static JsonObject Integer(NodeContext context, long value) => context.Output("integer_output", ("value", value));

    private static JsonObject Float(NodeContext context, double value) => context.Output("float_output", ("value", value));

    private static JsonObject IntegerMath(NodeContext c)
    {
        var a = c.Int("a");
        var b = c.Int("b");
        var operation = c.Str("operation") ?? "ADD";
        if ((operation is "DIV" or "MOD" && b == 0) || (operation == "EXP" && b < 0))
            throw PythonErrors.InvalidInput(c, "b");
        return Integer(c, operation switch
        {
            "ADD" => a + b,
            "SUB" => a - b,
            "MUL" => a * b,
            "DIV" => (long)Math.Truncate((double)a / b),
            "EXP" => checked((long)Math.Pow(a, b)),
            "MOD" => PythonMath.Mod(a, b),
            "ABS" => Math.Abs(a),
            "MIN" => Math.Min(a, b),
            _ => Math.Max(a, b),
        });
    }

    private static JsonObject FloatMath(NodeContext c)
    {
        var a = c.Float("a");
        var b = c.Float("b");
        var operation = c.Str("operation") ?? "ADD";
        if ((operation == "DIV" && b == 0) || (operation == "EXP" && a == 0 && b < 0) || (operation == "EXP" && a < 0 && b != Math.Floor(b)))
            throw PythonErrors.InvalidInput(c, "b");
        if (operation == "SQRT" && a < 0)
            return Float(c, double.NaN);
        return Float(c, operation switch
        {
            "ADD" => a + b,
            "SUB" => a - b,
            "MUL" => a * b,
            "DIV" => a / b,
            "EXP" => Math.Pow(a, b),
            "SQRT" => Math.Sqrt(a),
            "ABS" => Math.Abs(a),
            "MIN" => Math.Min(a, b),
            _ => Math.Max(a, b),
        });
    }

    private static JsonObject FloatToInt(NodeContext c)
    {
        var value = c.Float("value");
        var multiple = c.Int("multiple");
        if (multiple == 0)
            throw PythonErrors.ZeroDivision("float division by zero");
        var quotient = value / multiple;
        var rounded = (c.Str("method") ?? "Nearest") switch
        {
            "Floor" => Math.Floor(quotient),
            "Ceiling" => Math.Ceiling(quotient),
            "Truncate" => Math.Truncate(quotient),
            _ => Math.Round(quotient, MidpointRounding.ToEven),
        };
        return Integer(c, (long)rounded * multiple);
    }
}
