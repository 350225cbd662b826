using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>Field-level helpers the generated <see cref="IWireObject{TSelf}"/> implementations call.</summary>
public static class WireObjects
{
    /// <summary>Writes a property.</summary>
    public static void Write<T>(Utf8JsonWriter writer, string name, T value, WireCodec<T> codec)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(codec);
        writer.WritePropertyName(name);
        codec.Write(writer, value);
    }

    /// <summary>Writes a property unless <paramref name="value"/> is null.</summary>
    public static void WriteOptional<T>(Utf8JsonWriter writer, string name, T? value, WireCodec<T> codec)
        where T : class
    {
        if (value is not null)
            Write(writer, name, value, codec);
    }

    /// <summary>Writes a property unless <paramref name="value"/> is null.</summary>
    public static void WriteOptionalValue<T>(Utf8JsonWriter writer, string name, T? value, WireCodec<T> codec)
        where T : struct
    {
        if (value is { } present)
            Write(writer, name, present, codec);
    }

    /// <summary>Reads a property that must be present.</summary>
    /// <exception cref="JsonException">The property is missing, null, or of the wrong type.</exception>
    public static T Read<T>(JsonElement element, string name, WireCodec<T> codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        if (element.ValueKind != JsonValueKind.Object)
            throw new JsonException($"Expected an object with field '{name}', got {element.ValueKind}.");
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new JsonException($"The field '{name}' is missing.");
        try
        {
            return codec.Read(value);
        }
        catch (JsonException ex)
        {
            throw new JsonException($"The field '{name}' is invalid: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a property that may be absent or null.</summary>
    /// <exception cref="JsonException">The property is of the wrong type.</exception>
    public static T? ReadOptional<T>(JsonElement element, string name, WireCodec<T> codec)
        where T : class =>
        IsPresent(element, name) ? Read(element, name, codec) : null;

    /// <summary>Reads a property that may be absent or null.</summary>
    /// <exception cref="JsonException">The property is of the wrong type.</exception>
    public static T? ReadOptionalValue<T>(JsonElement element, string name, WireCodec<T> codec)
        where T : struct =>
        IsPresent(element, name) ? Read(element, name, codec) : null;

    private static bool IsPresent(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
}
