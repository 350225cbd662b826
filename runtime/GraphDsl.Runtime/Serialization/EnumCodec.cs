using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>
/// Maps a generated enum to the server's literal strings. Member <c>i</c> of the enum (value <c>i</c>) is the
/// <c>i</c>-th wire string.
/// </summary>
/// <typeparam name="TEnum">The generated enum; its members are numbered 0, 1, 2, … in wire order.</typeparam>
public sealed class EnumCodec<TEnum> : WireCodec<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _wireNames;
    private readonly Dictionary<string, TEnum> _byWireName;

    /// <summary>Creates the codec.</summary>
    /// <param name="wireNames">The wire strings, in member order.</param>
    public EnumCodec(params string[] wireNames)
    {
        ArgumentNullException.ThrowIfNull(wireNames);
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
            throw new ArgumentException($"{typeof(TEnum).Name} must be backed by int.", nameof(wireNames));
        _wireNames = wireNames;
        _byWireName = new Dictionary<string, TEnum>(wireNames.Length, StringComparer.Ordinal);
        for (var i = 0; i < wireNames.Length; i++)
        {
            var member = i;
            _byWireName[wireNames[i]] = Unsafe.As<int, TEnum>(ref member);
        }
    }

    /// <summary>The wire string of <paramref name="value"/>.</summary>
    /// <param name="value">A defined member.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of the enum.</exception>
    public string ToWire(TEnum value)
    {
        var index = Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)_wireNames.Length
            ? _wireNames[index]
            : throw new ArgumentOutOfRangeException(nameof(value), index, $"{index} is not a member of {typeof(TEnum).Name}.");
    }

    /// <summary>The member whose wire string is <paramref name="wire"/>.</summary>
    /// <param name="wire">The wire string.</param>
    /// <param name="value">The member.</param>
    public bool TryParse(string wire, out TEnum value) => _byWireName.TryGetValue(wire, out value);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value) => writer.WriteStringValue(ToWire(value));

    /// <inheritdoc/>
    public override TEnum Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && TryParse(element.GetString()!, out var value)
            ? value
            : throw Mismatch(element, $"one of {string.Join(", ", _wireNames)}");
}

/// <summary>Maps a generated enum to the server's integer literals (e.g. <c>Literal[-1, 0, 1]</c>).</summary>
/// <typeparam name="TEnum">The generated enum; its members are numbered 0, 1, 2, … in wire order.</typeparam>
public sealed class IntegerEnumCodec<TEnum> : WireCodec<TEnum>
    where TEnum : struct, Enum
{
    private readonly long[] _wireValues;

    /// <summary>Creates the codec.</summary>
    /// <param name="wireValues">The wire integers, in member order.</param>
    public IntegerEnumCodec(params long[] wireValues)
    {
        ArgumentNullException.ThrowIfNull(wireValues);
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
            throw new ArgumentException($"{typeof(TEnum).Name} must be backed by int.", nameof(wireValues));
        _wireValues = wireValues;
    }

    /// <summary>The wire integer of <paramref name="value"/>.</summary>
    /// <param name="value">A defined member.</param>
    public long ToWire(TEnum value)
    {
        var index = Unsafe.As<TEnum, int>(ref value);
        return (uint)index < (uint)_wireValues.Length
            ? _wireValues[index]
            : throw new ArgumentOutOfRangeException(nameof(value), index, $"{index} is not a member of {typeof(TEnum).Name}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value) => writer.WriteNumberValue(ToWire(value));

    /// <inheritdoc/>
    public override TEnum Read(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var wire))
        {
            var index = Array.IndexOf(_wireValues, wire);
            if (index >= 0)
                return Unsafe.As<int, TEnum>(ref index);
        }
        throw Mismatch(element, $"one of {string.Join(", ", _wireValues)}");
    }
}
