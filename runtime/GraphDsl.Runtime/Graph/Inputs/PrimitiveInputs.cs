namespace GraphDsl;

/// <summary>A literal or an edge for a field the server types exactly <c>int</c>.</summary>
public readonly struct IntegerInput : IInputValue<IntegerInput>, IEquatable<IntegerInput>
{
    private readonly InputSlot _slot;

    private IntegerInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; 0 when the input is an edge or unset.</summary>
    public long Value => _slot.As<long>();

    static IntegerInput IInputValue<IntegerInput>.FromLiteral(object literal) => new(null, InputSlot.Coerce<long>(literal));

    /// <inheritdoc/>
    public bool Equals(IntegerInput other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntegerInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>int literal (an <see cref="int"/> converts too).</summary>
    public static implicit operator IntegerInput(long value) => new(null, value);

    /// <summary>int -&gt; int.</summary>
    public static implicit operator IntegerInput(Port<long>? port) => new(port, null);

    /// <summary>bool -&gt; int: the server accepts <c>bool</c>, a subclass of <c>int</c>.</summary>
    public static implicit operator IntegerInput(Port<bool>? port) => new(port, null);

    /// <summary>int|None -&gt; int: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator IntegerInput(NullablePort<long>? port) => new(port, null);

    /// <summary>int|list[int]|None -&gt; int: the server accepts a union output into any of its members.</summary>
    public static implicit operator IntegerInput(OneOrManyPort<long>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator IntegerInput(AnyPort? port) => new(port, null);
}

/// <summary>A literal or an edge for a field the server types exactly <c>float</c>.</summary>
/// <remarks>There is no conversion from a <c>bool</c> output: the server refuses bool -&gt; float.</remarks>
public readonly struct FloatInput : IInputValue<FloatInput>, IEquatable<FloatInput>
{
    private readonly InputSlot _slot;

    private FloatInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; 0 when the input is an edge or unset.</summary>
    public double Value => _slot.As<double>();

    static FloatInput IInputValue<FloatInput>.FromLiteral(object literal) => new(null, InputSlot.Coerce<double>(literal));

    /// <inheritdoc/>
    public bool Equals(FloatInput other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>float literal (integers convert too).</summary>
    public static implicit operator FloatInput(double value) => new(null, value);

    /// <summary>float -&gt; float.</summary>
    public static implicit operator FloatInput(Port<double>? port) => new(port, null);

    /// <summary>int -&gt; float: the server casts.</summary>
    public static implicit operator FloatInput(Port<long>? port) => new(port, null);

    /// <summary>float|None -&gt; float: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator FloatInput(NullablePort<double>? port) => new(port, null);

    /// <summary>float|list[float]|None -&gt; float: the server accepts a union output into any of its members.</summary>
    public static implicit operator FloatInput(OneOrManyPort<double>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator FloatInput(AnyPort? port) => new(port, null);
}

/// <summary>A literal or an edge for a field the server types exactly <c>str</c>.</summary>
public readonly struct StringInput : IInputValue<StringInput>, IEquatable<StringInput>
{
    private readonly InputSlot _slot;

    private StringInput(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    /// <summary>The literal; <see langword="null"/> when the input is an edge or unset.</summary>
    public string? Value => _slot.As<string?>();

    static StringInput IInputValue<StringInput>.FromLiteral(object literal) => new(null, InputSlot.Coerce<string>(literal));

    /// <inheritdoc/>
    public bool Equals(StringInput other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StringInput other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>str literal.</summary>
    public static implicit operator StringInput(string? value) => new(null, value);

    /// <summary>str -&gt; str.</summary>
    public static implicit operator StringInput(Port<string>? port) => new(port, null);

    /// <summary>int -&gt; str: the server casts.</summary>
    public static implicit operator StringInput(Port<long>? port) => new(port, null);

    /// <summary>float -&gt; str: the server casts.</summary>
    public static implicit operator StringInput(Port<double>? port) => new(port, null);

    /// <summary>str|None -&gt; str: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator StringInput(NullablePort<string>? port) => new(port, null);

    /// <summary>str|list[str]|None -&gt; str: the server accepts a union output into any of its members.</summary>
    public static implicit operator StringInput(OneOrManyPort<string>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator StringInput(AnyPort? port) => new(port, null);
}
