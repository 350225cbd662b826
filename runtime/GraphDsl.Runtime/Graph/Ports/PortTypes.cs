namespace GraphDsl;

/// <summary>An output of type <typeparamref name="T"/> (the server's <c>T</c>).</summary>
/// <typeparam name="T">The C# type of the value the output produces.</typeparam>
public sealed class Port<T> : Port
{
    /// <inheritdoc cref="Port(Invocation, string, string)"/>
    public Port(Invocation node, string field, string wireType) : base(node, field, wireType) { }
}

/// <summary>An output that is <typeparamref name="T"/> or null (the server's <c>T | None</c>).</summary>
/// <typeparam name="T">The C# type of the value when it is present.</typeparam>
public sealed class NullablePort<T> : Port
{
    /// <inheritdoc cref="Port(Invocation, string, string)"/>
    public NullablePort(Invocation node, string field, string wireType) : base(node, field, wireType) { }
}

/// <summary>An output that is one <typeparamref name="T"/>, a list of them, or null (the server's <c>T | list[T] | None</c>).</summary>
/// <typeparam name="T">The C# type of one item.</typeparam>
public sealed class OneOrManyPort<T> : Port
{
    /// <inheritdoc cref="Port(Invocation, string, string)"/>
    public OneOrManyPort(Invocation node, string field, string wireType) : base(node, field, wireType) { }
}

/// <summary>
/// An output the server types as <c>Any</c> (also <c>list[Any]</c>, <c>Any | None</c> and <c>dict[str, Any]</c>):
/// the server accepts it into every input, and so does every input of GraphDsl.
/// </summary>
public sealed class AnyPort : Port
{
    /// <inheritdoc cref="Port(Invocation, string, string)"/>
    public AnyPort(Invocation node, string field, string wireType) : base(node, field, wireType) { }
}
