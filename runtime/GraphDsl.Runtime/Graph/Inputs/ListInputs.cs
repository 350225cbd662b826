namespace GraphDsl;

/// <summary>A literal or an edge for a field the server types <c>list[T]</c>.</summary>
/// <remarks>A single <c>T</c> output is refused by the server (collect it into a list first), so there is no conversion from <see cref="Port{T}"/>.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct ListInput<T> : IInputValue<ListInput<T>>, IEquatable<ListInput<T>>
{
    private readonly InputSlot _slot;

    private ListInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal list; <see langword="null"/> when the input is an edge or unset.</summary>
    public IReadOnlyList<T>? Value => _slot.As<IReadOnlyList<T>>();

    static ListInput<T> IInputValue<ListInput<T>>.FromLiteral(object literal) => new(null, InputSlot.CoerceList<T>(literal));

    /// <inheritdoc/>
    public bool Equals(ListInput<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ListInput<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>list[T] literal; the array is copied.</summary>
    public static implicit operator ListInput<T>(T[]? value) => new(null, value?.ToArray());

    /// <summary>list[T] literal; the list is copied.</summary>
    public static implicit operator ListInput<T>(List<T>? value) => new(null, value?.ToArray());

    /// <summary>list[T] -&gt; list[T].</summary>
    public static implicit operator ListInput<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; list[T]: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator ListInput<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; list[T]: the server accepts a union output into any of its members.</summary>
    public static implicit operator ListInput<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator ListInput<T>(AnyPort? port) => new(port, null);
}

/// <summary>A literal or an edge for a field the server types <c>list[T] | None</c>.</summary>
/// <remarks>A single <c>T</c> output is refused by the server (collect it into a list first), so there is no conversion from <see cref="Port{T}"/>. The server refuses a <c>T|list[T]|None</c> output into an optional target.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OptionalListInput<T> : IInputValue<OptionalListInput<T>>, IEquatable<OptionalListInput<T>>
{
    private readonly InputSlot _slot;

    private OptionalListInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal list; <see langword="null"/> when the input is an edge or unset.</summary>
    public IReadOnlyList<T>? Value => _slot.As<IReadOnlyList<T>>();

    static OptionalListInput<T> IInputValue<OptionalListInput<T>>.FromLiteral(object literal) => new(null, InputSlot.CoerceList<T>(literal));

    /// <inheritdoc/>
    public bool Equals(OptionalListInput<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalListInput<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>list[T] literal; the array is copied.</summary>
    public static implicit operator OptionalListInput<T>(T[]? value) => new(null, value?.ToArray());

    /// <summary>list[T] literal; the list is copied.</summary>
    public static implicit operator OptionalListInput<T>(List<T>? value) => new(null, value?.ToArray());

    /// <summary>list[T] -&gt; list[T].</summary>
    public static implicit operator OptionalListInput<T>(Port<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>list[T]|None -&gt; list[T]: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator OptionalListInput<T>(NullablePort<IReadOnlyList<T>>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalListInput<T>(AnyPort? port) => new(port, null);
}
