using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// The values of the UI's generators (<c>resolveFloatGeneratorField</c>, <c>resolveIntegerGeneratorField</c>,
/// <c>resolveStringGeneratorField</c>, <c>resolveImageGeneratorField</c> in <c>features/nodes/types/field.ts</c>),
/// computed with the same arithmetic in the same order. The seeded random distributions use the same Mersenne
/// Twister, so they give the UI's values; unseeded ones draw from <see cref="WorkflowConversionOptions.Random"/>
/// where the UI calls <c>Math.random()</c>.
/// </summary>
internal static class Generators
{
    /// <summary>The values of the generator <paramref name="value"/> of <paramref name="family"/> (<c>image</c>, <c>string</c>, <c>integer</c>, <c>float</c>).</summary>
    public static GeneratorResult Evaluate(string family, JsonElement? value, Random random)
    {
        try
        {
            return family switch
            {
                "float" => Float(value, random),
                "integer" => Integer(value, random),
                "string" => String(value, random),
                _ => Image(value),
            };
        }
        catch (FormatException e)
        {
            return new GeneratorResult.Invalid($"Invalid {family} generator: {e.Message}.");
        }
    }

    private static GeneratorResult Float(JsonElement? value, Random random)
    {
        if (GeneratorFields.Read(value, "float_generator_arithmetic_sequence") is not { } g)
            return new GeneratorResult.Invalid("Invalid float generator: its value is not a float generator.");
        if (g.Values() is { } precomputed)
            return Numbers(precomputed);
        switch (g.Type)
        {
            case "float_generator_arithmetic_sequence":
            {
                double start = g.Number("start", 0), step = g.Number("step", 0.1);
                var count = Count(g.Integer("count", 10));
                return step == 0 ? Numbers([start]) : Numbers([.. Enumerable.Range(0, count).Select(i => start + i * step)]);
            }
            case "float_generator_linear_distribution":
            {
                double start = g.Number("start", 0), end = g.Number("end", 1);
                var count = g.Integer("count", 10);
                if (count == 1)
                    return Numbers([start]);
                return Numbers([.. Enumerable.Range(0, Count(count)).Select(i => start + (end - start) * (i / (double)(count - 1)))]);
            }
            case "float_generator_random_distribution_uniform":
            {
                double min = g.Number("min", 0), max = g.Number("max", 1);
                var count = Count(g.Integer("count", 10));
                var next = Source(g.OptionalInteger("seed"), random);
                return Numbers([.. Enumerable.Range(0, count).Select(_ => next() * (max - min) + min)]);
            }
            case "float_generator_parse_string":
            {
                var parts = JsNumbers.Split(g.Text("input", "0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1"), g.Text("splitOn", ","));
                return Numbers([.. parts.Select(JsNumbers.Trim).Where(s => s.Length > 0).Select(JsNumbers.ParseFloat).OfType<double>()]);
            }
            default:
                return new GeneratorResult.Invalid($"Invalid float generator: unknown type '{g.Type}'.");
        }
    }

    private static GeneratorResult Integer(JsonElement? value, Random random)
    {
        if (GeneratorFields.Read(value, "integer_generator_arithmetic_sequence") is not { } g)
            return new GeneratorResult.Invalid("Invalid integer generator: its value is not an integer generator.");
        switch (g.Type)
        {
            case "integer_generator_arithmetic_sequence":
            {
                long start = g.Integer("start", 0), step = g.Integer("step", 1);
                var count = Count(g.Integer("count", 10));
                return step == 0 ? Integers([start]) : Integers([.. Enumerable.Range(0, count).Select(i => (double)start + i * (double)step)]);
            }
            case "integer_generator_linear_distribution":
            {
                long start = g.Integer("start", 0), end = g.Integer("end", 10), count = g.Integer("count", 10);
                if (count == 1)
                    return Integers([start]);
                return Integers([.. Enumerable.Range(0, Count(count)).Select(i => start + JsNumbers.Round((end - start) * (i / (double)(count - 1))))]);
            }
            case "integer_generator_random_distribution_uniform":
            {
                long min = g.Integer("min", 0), max = g.Integer("max", 10);
                var count = Count(g.Integer("count", 10));
                var next = Source(g.OptionalInteger("seed"), random);
                return Integers([.. Enumerable.Range(0, count).Select(_ => Math.Floor(next() * (max - min + 1)) + min)]);
            }
            case "integer_generator_parse_string":
            {
                var parts = JsNumbers.Split(g.Text("input", "1,2,3,4,5,6,7,8,9,10"), g.Text("splitOn", ","));
                return Integers([.. parts.Select(JsNumbers.Trim).Where(s => s.Length > 0).Select(JsNumbers.ParseInt).OfType<double>()]);
            }
            default:
                return new GeneratorResult.Invalid($"Invalid integer generator: unknown type '{g.Type}'.");
        }
    }

    private static GeneratorResult String(JsonElement? value, Random random)
    {
        if (GeneratorFields.Read(value, "string_generator_parse_string") is not { } g)
            return new GeneratorResult.Invalid("Invalid string generator: its value is not a string generator.");
        switch (g.Type)
        {
            case "string_generator_parse_string":
            {
                var parts = JsNumbers.Split(g.Text("input", "foo,bar,baz,qux"), g.Text("splitOn", ","));
                return new GeneratorResult.Items([.. parts.Where(s => s.Length > 0).Select(JsonValues.String)]);
            }
            case "string_generator_dynamic_prompts_combinatorial":
            {
                var max = g.Integer("maxPrompts", 10);
                if (max < 1)
                    throw new FormatException("the string_generator_dynamic_prompts_combinatorial generator's 'maxPrompts' is less than 1");
                return new GeneratorResult.DynamicPrompts(g.Text("input", "a super {cute|ferocious} {dog|cat}"), max, Combinatorial: true, Seed: null);
            }
            case "string_generator_dynamic_prompts_random":
            {
                var count = g.Integer("count", 10);
                if (count < 1)
                    throw new FormatException("the string_generator_dynamic_prompts_random generator's 'count' is less than 1");
                // The UI sends `seed ?? random()`, es-toolkit's lodash-compatible random(): 0 or 1.
                var seed = g.OptionalInteger("seed") ?? random.Next(2);
                return new GeneratorResult.DynamicPrompts(g.Text("input", "a super {cute|ferocious} {dog|cat}"), count, Combinatorial: false, seed);
            }
            default:
                return new GeneratorResult.Invalid($"Invalid string generator: unknown type '{g.Type}'.");
        }
    }

    private static GeneratorResult Image(JsonElement? value)
    {
        if (GeneratorFields.Read(value, "image_generator_images_from_board") is not { } g || g.Type != "image_generator_images_from_board")
            return new GeneratorResult.Invalid("Invalid image generator: its value is not an image generator.");
        var board = g.OptionalText("board_id");
        var category = g.Text("category", "images");
        if (category is not ("images" or "assets"))
            throw new FormatException($"the image generator's category '{category}' is neither 'images' nor 'assets'");
        if (string.IsNullOrWhiteSpace(board))
            return new GeneratorResult.Items([]);
        return new GeneratorResult.BoardImages(board.Trim(), category == "images" ? ["general"] : ["control", "mask", "user", "other"]);
    }

    private static int Count(long count) =>
        count is >= 0 and <= 1_000_000 ? (int)count : throw new FormatException($"the count {count} is not a list length (JavaScript throws 'Invalid array length')");

    private static Func<double> Source(long? seed, Random random)
    {
        if (seed is { } s)
        {
            var twister = new MersenneTwister(s);
            return twister.NextDouble;
        }
        return random.NextDouble;
    }

    private static GeneratorResult Numbers(IReadOnlyList<double> values)
    {
        if (values.Any(v => double.IsNaN(v) || double.IsInfinity(v)))
            return new GeneratorResult.Invalid("The float generator gives a value that is not a finite number (JSON would send null).");
        return new GeneratorResult.Items([.. values.Select(v => JsonValues.Number(v))]);
    }

    private static GeneratorResult Integers(IReadOnlyList<double> values)
    {
        if (values.Any(v => double.IsNaN(v) || double.IsInfinity(v) || Math.Abs(v) > 9.2e18))
            return new GeneratorResult.Invalid("The integer generator gives a value that is not a finite integer.");
        return new GeneratorResult.Items([.. values.Select(v => JsonValues.Number((long)v))]);
    }
}
