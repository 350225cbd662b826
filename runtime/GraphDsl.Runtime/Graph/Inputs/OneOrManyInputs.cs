namespace GraphDsl;

/// <summary>A literal or an edge for a field the server types <c>T | list[T]</c>.</summary>
/// <remarks>Optional and <c>T|list[T]|None</c> outputs are refused by the server: their <c>None</c> branch is not in the target.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OneOrManyInput<T> : IInputValue<OneOrManyInput<T>>, IEquatable<OneOrManyInput<T>>
{
    private readonly InputSlot _slot;

    private OneOrManyInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; <see langword="default"/> when the input is an edge or unset.</summary>
    public OneOrMany<T> Value => _slot.As<OneOrMany<T>>();

    static OneOrManyInput<T> IInputValue<OneOrManyInput<T>>.FromLiteral(object literal) => new(null, InputSlot.Box(InputSlot.CoerceOneOrMany<T>(literal)));

    /// <inheritdoc/>
    public bool Equals(OneOrManyInput<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OneOrManyInput<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T literal: one item.</summary>
    public static implicit operator OneOrManyInput<T>(T value) => new(null, InputSlot.Box(OneOrMany<T>.One(value)));

    /// <summary>list[T] literal; the array is copied.</summary>
    public static implicit operator OneOrManyInput<T>(T[]? value) => new(null, value is null ? null : (object)OneOrMany<T>.Many(value));

    /// <summary>list[T] literal; the list is copied.</summary>
    public static implicit operator OneOrManyInput<T>(List<T>? value) => new(null, value is null ? null : (object)OneOrMany<T>.Many(value));

    /// <summary>T|list[T] literal.</summary>
    public static implicit operator OneOrManyInput<T>(OneOrMany<T> value) => new(null, InputSlot.Box(value));

    /// <summary>T -&gt; T|list[T].</summary>
    public static implicit operator OneOrManyInput<T>(Port<T>? port) => new(port, null);

    /// <summary>list[T] -&gt; T|list[T].</summary>
    public static implicit operator OneOrManyInput<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OneOrManyInput<T>(AnyPort? port) => new(port, null);
}

/// <summary>A literal or an edge for a field the server types <c>T | list[T] | None</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OptionalOneOrManyInput<T> : IInputValue<OptionalOneOrManyInput<T>>, IEquatable<OptionalOneOrManyInput<T>>
{
    private readonly InputSlot _slot;

    private OptionalOneOrManyInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; <see langword="default"/> when the input is an edge or unset.</summary>
    public OneOrMany<T> Value => _slot.As<OneOrMany<T>>();

    static OptionalOneOrManyInput<T> IInputValue<OptionalOneOrManyInput<T>>.FromLiteral(object literal) => new(null, InputSlot.Box(InputSlot.CoerceOneOrMany<T>(literal)));

    /// <inheritdoc/>
    public bool Equals(OptionalOneOrManyInput<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalOneOrManyInput<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T literal: one item.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(T value) => new(null, InputSlot.Box(OneOrMany<T>.One(value)));

    /// <summary>list[T] literal; the array is copied.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(T[]? value) => new(null, value is null ? null : (object)OneOrMany<T>.Many(value));

    /// <summary>list[T] literal; the list is copied.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(List<T>? value) => new(null, value is null ? null : (object)OneOrMany<T>.Many(value));

    /// <summary>T|list[T] literal.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(OneOrMany<T> value) => new(null, InputSlot.Box(value));

    /// <summary>T -&gt; T|list[T].</summary>
    public static implicit operator OptionalOneOrManyInput<T>(Port<T>? port) => new(port, null);

    /// <summary>list[T] -&gt; T|list[T].</summary>
    public static implicit operator OptionalOneOrManyInput<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalOneOrManyInput<T>(AnyPort? port) => new(port, null);
}
