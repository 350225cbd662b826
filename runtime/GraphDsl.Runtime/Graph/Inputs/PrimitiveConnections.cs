namespace GraphDsl;

/// <summary>An edge into a field the server types exactly <c>int</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions.</remarks>
public readonly struct IntegerConnection : IInputValue<IntegerConnection>, IEquatable<IntegerConnection>
{
    private readonly InputSlot _slot;

    private IntegerConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static IntegerConnection IInputValue<IntegerConnection>.FromLiteral(object literal) => new(null, InputSlot.Coerce<long>(literal));

    /// <inheritdoc/>
    public bool Equals(IntegerConnection other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntegerConnection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>int -&gt; int.</summary>
    public static implicit operator IntegerConnection(Port<long>? port) => new(port, null);

    /// <summary>bool -&gt; int: the server accepts <c>bool</c>, a subclass of <c>int</c>.</summary>
    public static implicit operator IntegerConnection(Port<bool>? port) => new(port, null);

    /// <summary>int|None -&gt; int: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator IntegerConnection(NullablePort<long>? port) => new(port, null);

    /// <summary>int|list[int]|None -&gt; int: the server accepts a union output into any of its members.</summary>
    public static implicit operator IntegerConnection(OneOrManyPort<long>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator IntegerConnection(AnyPort? port) => new(port, null);
}

/// <summary>An edge into a field the server types exactly <c>float</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions. There is no conversion from a <c>bool</c> output: the server refuses bool -&gt; float.</remarks>
public readonly struct FloatConnection : IInputValue<FloatConnection>, IEquatable<FloatConnection>
{
    private readonly InputSlot _slot;

    private FloatConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static FloatConnection IInputValue<FloatConnection>.FromLiteral(object literal) => new(null, InputSlot.Coerce<double>(literal));

    /// <inheritdoc/>
    public bool Equals(FloatConnection other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatConnection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>float -&gt; float.</summary>
    public static implicit operator FloatConnection(Port<double>? port) => new(port, null);

    /// <summary>int -&gt; float: the server casts.</summary>
    public static implicit operator FloatConnection(Port<long>? port) => new(port, null);

    /// <summary>float|None -&gt; float: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator FloatConnection(NullablePort<double>? port) => new(port, null);

    /// <summary>float|list[float]|None -&gt; float: the server accepts a union output into any of its members.</summary>
    public static implicit operator FloatConnection(OneOrManyPort<double>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator FloatConnection(AnyPort? port) => new(port, null);
}

/// <summary>An edge into a field the server types exactly <c>str</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions.</remarks>
public readonly struct StringConnection : IInputValue<StringConnection>, IEquatable<StringConnection>
{
    private readonly InputSlot _slot;

    private StringConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static StringConnection IInputValue<StringConnection>.FromLiteral(object literal) => new(null, InputSlot.Coerce<string>(literal));

    /// <inheritdoc/>
    public bool Equals(StringConnection other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StringConnection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>str -&gt; str.</summary>
    public static implicit operator StringConnection(Port<string>? port) => new(port, null);

    /// <summary>int -&gt; str: the server casts.</summary>
    public static implicit operator StringConnection(Port<long>? port) => new(port, null);

    /// <summary>float -&gt; str: the server casts.</summary>
    public static implicit operator StringConnection(Port<double>? port) => new(port, null);

    /// <summary>str|None -&gt; str: the server accepts an optional output into its non-optional type.</summary>
    public static implicit operator StringConnection(NullablePort<string>? port) => new(port, null);

    /// <summary>str|list[str]|None -&gt; str: the server accepts a union output into any of its members.</summary>
    public static implicit operator StringConnection(OneOrManyPort<string>? port) => new(port, null);

    /// <summary>Any -&gt; anything: the server accepts an <c>Any</c> output into every input.</summary>
    public static implicit operator StringConnection(AnyPort? port) => new(port, null);
}
