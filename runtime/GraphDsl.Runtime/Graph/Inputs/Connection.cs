namespace GraphDsl;

/// <summary>An edge into a field the server types exactly <c>T</c> (a schema object, an enum or <c>bool</c>).</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct Connection<T> : IInputValue<Connection<T>>, IEquatable<Connection<T>>
{
    private readonly InputSlot _slot;

    private Connection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static Connection<T> IInputValue<Connection<T>>.FromLiteral(object literal) => new(null, InputSlot.Coerce<T>(literal));

    /// <inheritdoc/>
    public bool Equals(Connection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Connection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T -&gt; T.</summary>
    public static implicit operator Connection<T>(Port<T>? port) => new(port, null);

    /// <summary>T|None -&gt; T: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator Connection<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; T: the server accepts a union output into any of its members.</summary>
    public static implicit operator Connection<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator Connection<T>(AnyPort? port) => new(port, null);
}

/// <summary>An edge into a field the server types <c>T | None</c>, for any <c>T</c> that is not a list.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions. The server refuses int -&gt; float/str widening and list or union outputs into optional targets, so there are no such conversions.</remarks>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct OptionalConnection<T> : IInputValue<OptionalConnection<T>>, IEquatable<OptionalConnection<T>>
{
    private readonly InputSlot _slot;

    private OptionalConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static OptionalConnection<T> IInputValue<OptionalConnection<T>>.FromLiteral(object literal) => new(null, InputSlot.Coerce<T>(literal));

    /// <inheritdoc/>
    public bool Equals(OptionalConnection<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalConnection<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T -&gt; T|None.</summary>
    public static implicit operator OptionalConnection<T>(Port<T>? port) => new(port, null);

    /// <summary>T|None -&gt; T|None.</summary>
    public static implicit operator OptionalConnection<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalConnection<T>(AnyPort? port) => new(port, null);
}
