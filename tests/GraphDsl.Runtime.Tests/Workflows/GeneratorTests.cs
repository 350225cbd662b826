using System.Text.Json.Nodes;
using GraphDsl.Workflows;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// The generators' values, against the UI's (<c>features/nodes/types/field.ts</c>). The expected numbers were computed
/// by running the UI's formulas under Node.js with the <c>mtwist</c> 1.0.2 package the UI uses for seeded randomness.
/// </summary>
public sealed class GeneratorTests
{
    private static List<string> Items(string family, JsonObject generator)
    {
        var listField = family + "s";
        var workflow = new WorkflowJson()
            .Node("gen", $"{family}_generator", new() { ["generator"] = generator })
            .Node("b", $"{family}_batch", new() { [listField] = null, ["batch_group_id"] = "None" })
            .Node("target", family == "string" ? "string" : family == "float" ? "float" : "integer", new() { ["value"] = family == "string" ? "" : 0 })
            .Edge("gen", listField, "b", listField)
            .Edge("b", "value", "target", "value")
            .Load();
        var datum = Assert.Single(Assert.Single(workflow.ToGraph().Data));
        return [.. datum.Items.Select(i => i.GetRawText())];
    }

    [Fact]
    public void Seeded_float_uniform_gives_the_UIs_values()
    {
        var values = Items("float", new JsonObject { ["type"] = "float_generator_random_distribution_uniform", ["min"] = -1, ["max"] = 2, ["count"] = 4, ["seed"] = 42 });

        Assert.Equal(["0.12362034292891622", "1.3896289526019245", "1.8521429346874356", "-0.44969563698396087"], values);
    }

    [Fact]
    public void Seeded_integer_uniform_gives_the_UIs_values_including_a_negative_seed()
    {
        Assert.Equal(["1", "2", "5", "2", "3"],
            Items("integer", new JsonObject { ["type"] = "integer_generator_random_distribution_uniform", ["min"] = 1, ["max"] = 6, ["count"] = 5, ["seed"] = 7 }));
        Assert.Equal(["43", "58", "98"],
            Items("integer", new JsonObject { ["type"] = "integer_generator_random_distribution_uniform", ["min"] = 0, ["max"] = 100, ["count"] = 3, ["seed"] = -5 }));
    }

    [Fact]
    public void Unseeded_random_generators_draw_from_the_given_random()
    {
        var generator = new JsonObject { ["type"] = "integer_generator_random_distribution_uniform", ["min"] = 0, ["max"] = 1000, ["count"] = 4 };
        var workflow = new WorkflowJson()
            .Node("gen", "integer_generator", new() { ["generator"] = generator })
            .Node("b", "integer_batch", new() { ["integers"] = null, ["batch_group_id"] = "None" })
            .Node("target", "integer", new() { ["value"] = 0 })
            .Edge("gen", "integers", "b", "integers")
            .Edge("b", "value", "target", "value")
            .Load();

        string Draw(int seed) => string.Join(",", workflow.ToGraph(new WorkflowConversionOptions { Random = new Random(seed) }).Data[0][0].Items.Select(i => i.GetRawText()));

        Assert.Equal(Draw(3), Draw(3));
        Assert.Equal(4, Draw(3).Split(',').Length);
    }

    [Fact]
    public void Arithmetic_and_linear_sequences_use_the_UIs_arithmetic()
    {
        Assert.Equal(["0.1", "0.30000000000000004", "0.5", "0.7000000000000001"],
            Items("float", new JsonObject { ["type"] = "float_generator_arithmetic_sequence", ["start"] = 0.1, ["step"] = 0.2, ["count"] = 4 }));
        Assert.Equal(["0", "3", "7", "10"],
            Items("integer", new JsonObject { ["type"] = "integer_generator_linear_distribution", ["start"] = 0, ["end"] = 10, ["count"] = 4 }));
        // Math.round rounds halves towards +infinity: -2.5 -> -2.
        Assert.Equal(["0", "-2", "-5"],
            Items("integer", new JsonObject { ["type"] = "integer_generator_linear_distribution", ["start"] = 0, ["end"] = -5, ["count"] = 3 }));
        // A zero step gives the start once.
        Assert.Equal(["3"], Items("integer", new JsonObject { ["type"] = "integer_generator_arithmetic_sequence", ["start"] = 3, ["step"] = 0, ["count"] = 9 }));
    }

    [Fact]
    public void A_generator_without_type_or_fields_takes_the_UIs_defaults()
    {
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], Items("integer", new JsonObject()));
        Assert.Equal(["\"foo\"", "\"bar\"", "\"baz\"", "\"qux\""], Items("string", new JsonObject()));
    }

    [Fact]
    public void Parse_string_generators_split_trim_and_parse_like_JavaScript()
    {
        Assert.Equal(["1.5", "20", "0.5", "-3"],
            Items("float", new JsonObject { ["type"] = "float_generator_parse_string", ["input"] = " 1.5, 2e1,abc, .5x, -3", ["splitOn"] = "," }));
        // splitOn is read as a JSON string first, so "\n" splits on newlines; parseInt keeps the integer prefix.
        Assert.Equal(["7", "8", "-2"],
            Items("integer", new JsonObject { ["type"] = "integer_generator_parse_string", ["input"] = "7\n 8.9\nx\n-2", ["splitOn"] = "\\n" }));
        // Strings are not trimmed; empty parts are dropped.
        Assert.Equal(["\"a \"", "\" b\""],
            Items("string", new JsonObject { ["type"] = "string_generator_parse_string", ["input"] = "a ;; b", ["splitOn"] = ";" }));
    }

    [Fact]
    public void A_float_generators_precomputed_values_win()
    {
        Assert.Equal(["9", "8.5"],
            Items("float", new JsonObject { ["type"] = "float_generator_linear_distribution", ["count"] = 50, ["values"] = new JsonArray(9, 8.5) }));
    }

    [Fact]
    public void A_generator_field_of_the_wrong_type_is_an_error()
    {
        var workflow = new WorkflowJson()
            .Node("gen", "integer_generator", new() { ["generator"] = new JsonObject { ["type"] = "integer_generator_arithmetic_sequence", ["start"] = 1.5 } })
            .Node("b", "integer_batch", new() { ["integers"] = null, ["batch_group_id"] = "None" }, label: "Steps")
            .Node("target", "integer", new() { ["value"] = 0 })
            .Edge("gen", "integers", "b", "integers")
            .Edge("b", "value", "target", "value")
            .Load();

        var problem = Assert.Single(Assert.Throws<WorkflowException>(() => workflow.ToGraph()).Problems);

        Assert.Equal(("b", "Steps"), (problem.NodeId, problem.NodeLabel));
        Assert.Contains("'start' is not an integer", problem.Message, StringComparison.Ordinal);
    }
}
