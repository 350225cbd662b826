using System.Collections;
using System.Globalization;

namespace GraphDsl;

/// <summary>
/// The numeric constraints of an input (<c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>,
/// <c>exclusiveMaximum</c>, <c>multipleOf</c>, and the raw <c>ge</c>/<c>le</c> of union-typed fields).
/// </summary>
/// <remarks>A literal that is a list is checked item by item.</remarks>
public sealed record NumericBounds
{
    /// <summary>Inclusive lower bound (<c>minimum</c> or <c>ge</c>).</summary>
    public double? Minimum { get; init; }

    /// <summary>Inclusive upper bound (<c>maximum</c> or <c>le</c>).</summary>
    public double? Maximum { get; init; }

    /// <summary>Exclusive lower bound (<c>exclusiveMinimum</c>).</summary>
    public double? ExclusiveMinimum { get; init; }

    /// <summary>Exclusive upper bound (<c>exclusiveMaximum</c>).</summary>
    public double? ExclusiveMaximum { get; init; }

    /// <summary>The value must be a whole multiple of this (<c>multipleOf</c>).</summary>
    public double? MultipleOf { get; init; }

    /// <summary>Returns why <paramref name="literal"/> breaks these bounds, or <see langword="null"/> when it keeps them.</summary>
    /// <param name="literal">A number, a list of numbers, or a one-or-many value; other values are not checked.</param>
    public string? Check(object? literal)
    {
        switch (literal)
        {
            case null:
                return null;
            case long l:
                return CheckOne(l);
            case int i:
                return CheckOne(i);
            case double d:
                return CheckOne(d);
            case IOneOrMany many:
                foreach (var item in many.Items)
                {
                    if (Check(item) is { } problem)
                        return problem;
                }
                return null;
            case IEnumerable list and not string:
                foreach (var item in list)
                {
                    if (Check(item) is { } problem)
                        return problem;
                }
                return null;
            default:
                return null;
        }
    }

    private string? CheckOne(double value)
    {
        if (double.IsNaN(value))
            return "NaN is not a number the server accepts";
        if (Minimum is { } min && value < min)
            return $"{Format(value)} is less than the minimum {Format(min)}";
        if (Maximum is { } max && value > max)
            return $"{Format(value)} is greater than the maximum {Format(max)}";
        if (ExclusiveMinimum is { } emin && value <= emin)
            return $"{Format(value)} must be greater than {Format(emin)}";
        if (ExclusiveMaximum is { } emax && value >= emax)
            return $"{Format(value)} must be less than {Format(emax)}";
        if (MultipleOf is { } step && step != 0)
        {
            var quotient = value / step;
            if (Math.Abs(quotient - Math.Round(quotient)) > 1e-9 * Math.Max(1, Math.Abs(quotient)))
                return $"{Format(value)} is not a multiple of {Format(step)}";
        }
        return null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
