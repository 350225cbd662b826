using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// Reads a generator's saved value as the UI's zod schemas do (<c>features/nodes/types/field.ts</c>): a missing
/// <c>type</c> is the family's first generator, a missing field takes its default, a field of the wrong type fails.
/// </summary>
internal readonly struct GeneratorFields
{
    private readonly JsonElement _value;

    public GeneratorFields(JsonElement value, string type)
    {
        _value = value;
        Type = type;
    }

    public string Type { get; }

    /// <summary>The generator's <c>type</c>, or <paramref name="first"/> when absent; <see langword="null"/> when the value is not an object.</summary>
    public static GeneratorFields? Read(JsonElement? value, string first)
    {
        if (value is not { ValueKind: JsonValueKind.Object } obj)
            return null;
        if (!obj.TryGetProperty("type", out var type))
            return new GeneratorFields(obj, first);
        return type.ValueKind == JsonValueKind.String ? new GeneratorFields(obj, type.GetString()!) : null;
    }

    public double Number(string name, double fallback) =>
        _value.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw Wrong(name, "a number")
            : fallback;

    public long Integer(string name, long fallback)
    {
        if (!_value.TryGetProperty(name, out var v))
            return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) <= 9007199254740991)
            return (long)d;
        throw Wrong(name, "an integer");
    }

    /// <summary>A nullable integer (<c>.nullish()</c>): <see langword="null"/> when absent or null.</summary>
    public long? OptionalInteger(string name)
    {
        if (!_value.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        return Integer(name, 0);
    }

    public string Text(string name, string fallback) =>
        _value.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Wrong(name, "a string")
            : fallback;

    public string? OptionalText(string name) =>
        _value.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw Wrong(name, "a string")
            : null;

    /// <summary>A float generator's precomputed <c>values</c> (<c>.nullish()</c>), which win when present.</summary>
    public IReadOnlyList<double>? Values()
    {
        if (!_value.TryGetProperty("values", out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number))
            throw Wrong("values", "a list of numbers");
        return [.. v.EnumerateArray().Select(e => e.GetDouble())];
    }

    private FormatException Wrong(string name, string expected) => new($"the {Type} generator's '{name}' is not {expected}");
}
