using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>Writes and reads one C# type in the server's JSON form, without reflection.</summary>
public interface IWireCodec
{
    /// <summary>Writes <paramref name="value"/>, which must be of the codec's type.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="value">The value.</param>
    void WriteBoxed(Utf8JsonWriter writer, object value);

    /// <summary>Reads a value of the codec's type.</summary>
    /// <param name="element">The JSON value.</param>
    /// <exception cref="JsonException">The JSON does not hold a value of this type.</exception>
    object? ReadBoxed(JsonElement element);
}

/// <summary>Writes and reads <typeparamref name="T"/> in the server's JSON form.</summary>
/// <typeparam name="T">The C# type.</typeparam>
public abstract class WireCodec<T> : IWireCodec, IItemCodec
{
    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="value">The value.</param>
    public abstract void Write(Utf8JsonWriter writer, T value);

    /// <summary>Reads a value.</summary>
    /// <param name="element">The JSON value.</param>
    /// <exception cref="JsonException">The JSON does not hold a value of this type.</exception>
    public abstract T Read(JsonElement element);

    /// <inheritdoc/>
    public void WriteBoxed(Utf8JsonWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is T typed)
        {
            Write(writer, typed);
            return;
        }
        if (value is IInputValue { Literal: T literal })
        {
            Write(writer, literal);
            return;
        }
        throw new ArgumentException($"Expected a value of type {typeof(T).Name}, got {value?.GetType().Name ?? "null"}.", nameof(value));
    }

    /// <inheritdoc/>
    public object? ReadBoxed(JsonElement element) => Read(element);

    IWireCodec IItemCodec.ListOf() => WireCodecs.ListOf(this);

    IWireCodec IItemCodec.OneOrManyOf() => WireCodecs.OneOrManyOf(this);

    /// <summary>Throws the <see cref="JsonException"/> for a value of the wrong JSON kind.</summary>
    /// <param name="element">The offending value.</param>
    /// <param name="expected">What was expected, e.g. <c>an integer</c>.</param>
    protected static JsonException Mismatch(JsonElement element, string expected) =>
        new($"Expected {expected}, got {element.ValueKind}: {Truncate(element.GetRawText())}.");

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..77] + "...";
}

/// <summary>A codec that composes into the codecs of <c>list[T]</c> and <c>T | list[T]</c> without knowing <c>T</c> statically.</summary>
internal interface IItemCodec
{
    /// <summary>The codec of <c>list[T]</c>.</summary>
    IWireCodec ListOf();

    /// <summary>The codec of <c>T | list[T]</c>.</summary>
    IWireCodec OneOrManyOf();
}
