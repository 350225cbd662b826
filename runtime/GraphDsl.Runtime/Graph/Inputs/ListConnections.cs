namespace GraphDsl;

/// <summary>An edge into a field the server types <c>list[T]</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions. A single <c>T</c> output is refused by the server (collect it into a list first), so there is no conversion from <see cref="Port{T}"/>.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct ListConnection<T> : IInputValue<ListConnection<T>>, IEquatable<ListConnection<T>>
{
    private readonly InputSlot _slot;

    private ListConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static ListConnection<T> IInputValue<ListConnection<T>>.FromLiteral(object literal) => new(null, InputSlot.CoerceList<T>(literal));

    /// <inheritdoc/>
    public bool Equals(ListConnection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ListConnection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>list[T] -&gt; list[T].</summary>
    public static implicit operator ListConnection<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; list[T]: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator ListConnection<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; list[T]: the server accepts a union output into any of its members.</summary>
    public static implicit operator ListConnection<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator ListConnection<T>(AnyPort? port) => new(port, null);
}

/// <summary>An edge into a field the server types <c>list[T] | None</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions. A single <c>T</c> output is refused by the server (collect it into a list first), so there is no conversion from <see cref="Port{T}"/>. The server refuses a <c>T|list[T]|None</c> output into an optional target.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OptionalListConnection<T> : IInputValue<OptionalListConnection<T>>, IEquatable<OptionalListConnection<T>>
{
    private readonly InputSlot _slot;

    private OptionalListConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static OptionalListConnection<T> IInputValue<OptionalListConnection<T>>.FromLiteral(object literal) => new(null, InputSlot.CoerceList<T>(literal));

    /// <inheritdoc/>
    public bool Equals(OptionalListConnection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalListConnection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>list[T] -&gt; list[T].</summary>
    public static implicit operator OptionalListConnection<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; list[T]: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator OptionalListConnection<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalListConnection<T>(AnyPort? port) => new(port, null);
}
