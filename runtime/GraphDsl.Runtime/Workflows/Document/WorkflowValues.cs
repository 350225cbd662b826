using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>Checks a value given to a workflow input against the field's template.</summary>
internal static class WorkflowValues
{
    /// <summary>Why <paramref name="value"/> does not fit <paramref name="field"/>, or <see langword="null"/> when it does.</summary>
    public static string? Check(InputDescriptor field, JsonElement value)
    {
        if (NodeUpdater.IsBoard(field))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is "auto" or "none" or "")
                return null;
            return JsonValues.StringProperty(value, "board_id") is { Length: > 0 }
                ? null
                : $"a board is \"auto\", \"none\" or {{\"board_id\": …}}, not {JsonValues.Show(value)}.";
        }
        if (field.WireType.EndsWith("GeneratorField", StringComparison.Ordinal))
        {
            var family = field.WireType[..field.WireType.IndexOf("GeneratorField", StringComparison.Ordinal)].ToLowerInvariant();
            return Generators.Evaluate(family, value, new Random(0)) is GeneratorResult.Invalid invalid ? invalid.Message : null;
        }
        object? literal;
        try
        {
            literal = field.Codec.ReadBoxed(value);
        }
        catch (JsonException e)
        {
            return e.Message;
        }
        return field.Bounds?.Check(literal) is { } outOfBounds ? outOfBounds + "." : null;
    }
}
