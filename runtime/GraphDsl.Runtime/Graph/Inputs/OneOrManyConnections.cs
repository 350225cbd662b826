namespace GraphDsl;

/// <summary>An edge into a field the server types <c>T | list[T]</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions. Optional and <c>T|list[T]|None</c> outputs are refused by the server: their <c>None</c> branch is not in the target.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OneOrManyConnection<T> : IInputValue<OneOrManyConnection<T>>, IEquatable<OneOrManyConnection<T>>
{
    private readonly InputSlot _slot;

    private OneOrManyConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static OneOrManyConnection<T> IInputValue<OneOrManyConnection<T>>.FromLiteral(object literal) => new(null, InputSlot.Box(InputSlot.CoerceOneOrMany<T>(literal)));

    /// <inheritdoc/>
    public bool Equals(OneOrManyConnection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OneOrManyConnection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T -&gt; T|list[T].</summary>
    public static implicit operator OneOrManyConnection<T>(Port<T>? port) => new(port, null);

    /// <summary>list[T] -&gt; T|list[T].</summary>
    public static implicit operator OneOrManyConnection<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OneOrManyConnection<T>(AnyPort? port) => new(port, null);
}

/// <summary>An edge into a field the server types <c>T | list[T] | None</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OptionalOneOrManyConnection<T> : IInputValue<OptionalOneOrManyConnection<T>>, IEquatable<OptionalOneOrManyConnection<T>>
{
    private readonly InputSlot _slot;

    private OptionalOneOrManyConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static OptionalOneOrManyConnection<T> IInputValue<OptionalOneOrManyConnection<T>>.FromLiteral(object literal) => new(null, InputSlot.Box(InputSlot.CoerceOneOrMany<T>(literal)));

    /// <inheritdoc/>
    public bool Equals(OptionalOneOrManyConnection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalOneOrManyConnection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T -&gt; T|list[T].</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(Port<T>? port) => new(port, null);

    /// <summary>list[T] -&gt; T|list[T].</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; T|list[T]|None.</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalOneOrManyConnection<T>(AnyPort? port) => new(port, null);
}
