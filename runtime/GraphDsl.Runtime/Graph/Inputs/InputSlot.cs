using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// The state every input wrapper holds: an edge source, a literal (boxed once), or neither (unset).
/// Equality, hashing, formatting and literal coercion are shared here so the wrappers stay one-liners.
/// </summary>
internal readonly struct InputSlot(Port? source, object? literal) : IEquatable<InputSlot>
{
    public Port? Source { get; } = source;

    public object? Literal { get; } = literal;

    /// <summary>The literal as <typeparamref name="T"/>; <see langword="default"/> when it is an edge or unset.</summary>
    public T? As<T>() => Literal is T value ? value : default;

    public bool Equals(InputSlot other) => ReferenceEquals(Source, other.Source) && LiteralEquals(Literal, other.Literal);

    public override bool Equals(object? obj) => obj is InputSlot other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(
        Source is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Source),
        Literal switch
        {
            null => 0,
            JsonElement element => (int)element.ValueKind,
            _ => StructuralComparisons.StructuralEqualityComparer.GetHashCode(Literal),
        });

    public override string ToString() =>
        Source is not null ? $"edge from {Source}"
        : Literal is null ? "unset"
        : Format(Literal);

    private static bool LiteralEquals(object? left, object? right) => left switch
    {
        null => right is null,
        JsonElement a => right is JsonElement b && JsonElement.DeepEquals(a, b),
        _ => StructuralComparisons.StructuralEqualityComparer.Equals(left, right),
    };

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        JsonElement element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IOneOrMany { IsMany: false } one => Format(one.Items.Cast<object?>().FirstOrDefault()),
        IOneOrMany many => Format(many.Items),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Checks a literal (e.g. a schema default) against the wrapper's value type <typeparamref name="T"/>,
    /// widening <see cref="int"/> to <see cref="long"/> and any number to <see cref="double"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The literal is not a <typeparamref name="T"/>.</exception>
    public static T Coerce<T>(object literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            T value => value,
            int i when typeof(T) == typeof(long) => (T)(object)(long)i,
            int or long or float when typeof(T) == typeof(double) => (T)(object)Convert.ToDouble(literal, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"Expected a literal of type {typeof(T).Name}, got {literal.GetType().Name}.", nameof(literal)),
        };
    }

    /// <summary>Checks a list literal, keeping an <see cref="IReadOnlyList{T}"/> and copying any other sequence.</summary>
    /// <exception cref="ArgumentException">The literal is not a sequence of <typeparamref name="T"/>.</exception>
    public static IReadOnlyList<T> CoerceList<T>(object literal) => literal switch
    {
        IReadOnlyList<T> list => list,
        IEnumerable<T> items => items.ToArray(),
        _ => throw new ArgumentException($"Expected a list of {typeof(T).Name}, got {literal?.GetType().Name ?? "null"}.", nameof(literal)),
    };

    /// <summary>Checks a one-or-many literal: a <see cref="OneOrMany{T}"/>, one item, or a sequence of items.</summary>
    /// <exception cref="ArgumentException">The literal is none of those.</exception>
    public static OneOrMany<T> CoerceOneOrMany<T>(object literal) => literal switch
    {
        OneOrMany<T> value => value,
        T item => OneOrMany<T>.One(item),
        IEnumerable<T> items => OneOrMany<T>.Many(items),
        _ => OneOrMany<T>.One(Coerce<T>(literal)),
    };

    /// <summary>Boxes a one-or-many literal, or returns <see langword="null"/> (unset) for a single null item.</summary>
    public static object? Box<T>(OneOrMany<T> value) => value.IsMany || value.Single is not null ? (object)value : null;

    /// <summary>Checks an <c>Any</c> literal: a <see cref="JsonElement"/> or a primitive, which becomes one.</summary>
    /// <exception cref="ArgumentException">The literal is neither.</exception>
    public static JsonElement CoerceJson(object literal) => literal switch
    {
        JsonElement element => element,
        int i => ToJson(WireCodecs.Integer, i),
        long l => ToJson(WireCodecs.Integer, l),
        double or float => ToJson(WireCodecs.Float, Convert.ToDouble(literal, CultureInfo.InvariantCulture)),
        string s => ToJson(WireCodecs.String, s),
        bool b => ToJson(WireCodecs.Boolean, b),
        _ => throw new ArgumentException($"Expected a JsonElement or a primitive literal, got {literal?.GetType().Name ?? "null"}.", nameof(literal)),
    };

    /// <summary>Writes <paramref name="value"/> with <paramref name="codec"/> into a standalone <see cref="JsonElement"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is a NaN or infinite number, which JSON cannot hold.</exception>
    public static JsonElement ToJson<T>(WireCodec<T> codec, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            codec.Write(writer, value);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
