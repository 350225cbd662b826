namespace GraphDsl;

/// <summary>A literal or an edge for a field the server types exactly <c>T</c> (a schema object, an enum or <c>bool</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct Input<T> : IInputValue<Input<T>>, IEquatable<Input<T>>
{
    private readonly InputSlot _slot;

    private Input(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; <see langword="default"/> when the input is an edge or unset.</summary>
    public T? Value => _slot.As<T>();

    static Input<T> IInputValue<Input<T>>.FromLiteral(object literal) => new(null, InputSlot.Coerce<T>(literal));

    /// <inheritdoc/>
    public bool Equals(Input<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Input<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T literal.</summary>
    public static implicit operator Input<T>(T value) => new(null, value);

    /// <summary>T -&gt; T.</summary>
    public static implicit operator Input<T>(Port<T>? port) => new(port, null);

    /// <summary>T|None -&gt; T: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator Input<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>T|list[T]|None -&gt; T: the server accepts a union output into any of its members.</summary>
    public static implicit operator Input<T>(OneOrManyPort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator Input<T>(AnyPort? port) => new(port, null);
}

/// <summary>A literal or an edge for a field the server types <c>T | None</c>, for any <c>T</c> that is not a list.</summary>
/// <remarks>The server refuses int -&gt; float/str widening and list or union outputs into optional targets, so there are no such conversions.</remarks>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct OptionalInput<T> : IInputValue<OptionalInput<T>>, IEquatable<OptionalInput<T>>
{
    private readonly InputSlot _slot;

    private OptionalInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; <see langword="default"/> when the input is an edge or unset.</summary>
    public T? Value => _slot.As<T>();

    static OptionalInput<T> IInputValue<OptionalInput<T>>.FromLiteral(object literal) => new(null, InputSlot.Coerce<T>(literal));

    /// <inheritdoc/>
    public bool Equals(OptionalInput<T> other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OptionalInput<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>T literal.</summary>
    public static implicit operator OptionalInput<T>(T value) => new(null, value);

    /// <summary>T -&gt; T|None.</summary>
    public static implicit operator OptionalInput<T>(Port<T>? port) => new(port, null);

    /// <summary>T|None -&gt; T|None.</summary>
    public static implicit operator OptionalInput<T>(NullablePort<T>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator OptionalInput<T>(AnyPort? port) => new(port, null);
}
