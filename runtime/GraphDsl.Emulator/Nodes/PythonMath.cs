using System;

namespace GraphDsl.Emulator.Nodes;

/// <summary>Python's arithmetic where it differs from C#'s.</summary>
internal static class PythonMath
{
    /// <summary><c>a % b</c>: the result has the sign of <paramref name="b"/>.</summary>
    public static long Mod(long a, long b)
    {
        var r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }

    /// <summary><c>round(value, decimals)</c>: half to even.</summary>
    public static double Round(double value, int decimals)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return value;
        if (decimals >= 0)
            return Math.Round(value, Math.Min(decimals, 15), MidpointRounding.ToEven);
        var factor = Math.Pow(10, -decimals);
        return Math.Round(value / factor, MidpointRounding.ToEven) * factor;
    }
}
