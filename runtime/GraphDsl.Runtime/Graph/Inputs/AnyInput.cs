using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>A literal or an edge for a field the server types <c>Any</c>.</summary>
/// <remarks>Literals are stored as a <see cref="JsonElement"/>, the form <see cref="WireCodecs.Any"/> writes.</remarks>
public readonly struct AnyInput : IInputValue<AnyInput>, IEquatable<AnyInput>
{
    private readonly InputSlot _slot;

    private AnyInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal as JSON; <see langword="default"/> (<see cref="JsonValueKind.Undefined"/>) when the input is an edge or unset.</summary>
    public JsonElement Value => _slot.As<JsonElement>();

    static AnyInput IInputValue<AnyInput>.FromLiteral(object literal) => new(null, InputSlot.CoerceJson(literal));

    /// <inheritdoc/>
    public bool Equals(AnyInput other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AnyInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>int literal, stored as JSON.</summary>
    public static implicit operator AnyInput(long value) => new(null, InputSlot.ToJson(WireCodecs.Integer, value));

    /// <summary>float literal, stored as JSON (it must be finite).</summary>
    public static implicit operator AnyInput(double value) => new(null, InputSlot.ToJson(WireCodecs.Float, value));

    /// <summary>str literal, stored as JSON.</summary>
    public static implicit operator AnyInput(string? value) => value is null ? default : new(null, InputSlot.ToJson(WireCodecs.String, value));

    /// <summary>bool literal, stored as JSON.</summary>
    public static implicit operator AnyInput(bool value) => new(null, InputSlot.ToJson(WireCodecs.Boolean, value));

    /// <summary>Any literal: the JSON as it is (cloned).</summary>
    public static implicit operator AnyInput(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? default : new(null, value.Clone());

    /// <summary>anything -&gt; Any: the server accepts every output into an <c>Any</c> input.</summary>
    public static implicit operator AnyInput(Port? port) => new(port, null);
}
