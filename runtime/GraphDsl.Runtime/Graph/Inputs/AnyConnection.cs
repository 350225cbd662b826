namespace GraphDsl;

/// <summary>An edge into a field the server types <c>Any</c>.</summary>
/// <remarks>The field takes an edge only (<c>input: connection</c>): there are no literal conversions.</remarks>
public readonly struct AnyConnection : IInputValue<AnyConnection>, IEquatable<AnyConnection>
{
    private readonly InputSlot _slot;

    private AnyConnection(Port? source, object? literal) => _slot = new(source, literal);

    /// <inheritdoc/>
    public Port? Source => _slot.Source;

    /// <inheritdoc/>
    public object? Literal => _slot.Literal;

    static AnyConnection IInputValue<AnyConnection>.FromLiteral(object literal) => new(null, InputSlot.CoerceJson(literal));

    /// <inheritdoc/>
    public bool Equals(AnyConnection other) => _slot.Equals(other._slot);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AnyConnection other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _slot.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => _slot.ToString();

    /// <summary>anything -&gt; Any: the server accepts every output into an <c>Any</c> input.</summary>
    public static implicit operator AnyConnection(Port? port) => new(port, null);
}
