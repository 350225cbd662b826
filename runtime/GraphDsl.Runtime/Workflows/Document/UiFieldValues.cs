using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// The value shapes InvokeAI's UI keeps when it parses a saved workflow (<c>zStatefulFieldInputInstance</c> in
/// <c>features/nodes/types/field.ts</c>): a value of no known shape is coerced to <c>undefined</c> by the stateless
/// branch, so it never reaches the graph. Nodes that accept extra inputs (<c>core_metadata</c>) keep every value.
/// </summary>
internal static class UiFieldValues
{
    private static readonly HashSet<string> GeneratorTypes = new(StringComparer.Ordinal)
    {
        "float_generator_arithmetic_sequence", "float_generator_linear_distribution", "float_generator_random_distribution_uniform", "float_generator_parse_string",
        "integer_generator_arithmetic_sequence", "integer_generator_linear_distribution", "integer_generator_random_distribution_uniform", "integer_generator_parse_string",
        "string_generator_parse_string", "string_generator_dynamic_prompts_combinatorial", "string_generator_dynamic_prompts_random",
        "image_generator_images_from_board",
    };

    /// <summary>Whether the UI keeps <paramref name="value"/> as a field value.</summary>
    public static bool Survives(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.Array => IsArrayOf(value, static e => e.ValueKind == JsonValueKind.Number)
            || IsArrayOf(value, static e => e.ValueKind == JsonValueKind.String)
            || IsArrayOf(value, IsImageField)
            || IsArrayOf(value, IsLoRA),
        JsonValueKind.Object => IsImageField(value) || HasNonEmptyString(value, "video_name") || HasNonEmptyString(value, "board_id")
            || HasNonEmptyString(value, "style_preset_id") || HasNonEmptyString(value, "system_prompt_id")
            || IsModelIdentifier(value) || IsColor(value) || IsGenerator(value),
        _ => false,
    };

    private static bool IsArrayOf(JsonElement array, Func<JsonElement, bool> item) => array.EnumerateArray().All(item);

    private static bool IsImageField(JsonElement value) => value.ValueKind == JsonValueKind.Object && HasNonEmptyString(value, "image_name");

    private static bool HasNonEmptyString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString());

    private static bool IsModelIdentifier(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && HasNonEmptyString(value, "key") && HasNonEmptyString(value, "hash") && HasNonEmptyString(value, "name")
        && value.TryGetProperty("base", out var b) && b.ValueKind == JsonValueKind.String
        && value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String;

    private static bool IsLoRA(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("lora", out var lora) && IsModelIdentifier(lora)
        && value.TryGetProperty("weight", out var weight) && weight.ValueKind == JsonValueKind.Number;

    private static bool IsColor(JsonElement value)
    {
        foreach (var channel in (string[])["r", "g", "b", "a"])
        {
            if (!value.TryGetProperty(channel, out var c) || c.ValueKind != JsonValueKind.Number || !c.TryGetInt64(out var v) || v is < 0 or > 255)
                return false;
        }
        return true;
    }

    private static bool IsGenerator(JsonElement value) =>
        !value.TryGetProperty("type", out var type) || (type.ValueKind == JsonValueKind.String && GeneratorTypes.Contains(type.GetString()!));
}
