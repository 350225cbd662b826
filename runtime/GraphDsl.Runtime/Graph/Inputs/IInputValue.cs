namespace GraphDsl;

/// <summary>
/// The value assigned to a node input: an edge from a <see cref="Port"/>, a literal, or nothing.
/// </summary>
/// <remarks>
/// Every generated input property of kind <c>any</c> or <c>connection</c> is typed with one of the input wrappers
/// (<see cref="Input{T}"/>, <see cref="FloatInput"/>, <see cref="Connection{T}"/>, …). Their implicit conversions
/// are the server's edge-compatibility rules, so an edge the server would reject does not compile.
/// </remarks>
public interface IInputValue
{
    /// <summary>The output this input is connected to, or <see langword="null"/> when it is not an edge.</summary>
    Port? Source { get; }

    /// <summary>The literal value, or <see langword="null"/> when the input is an edge or unset.</summary>
    object? Literal { get; }
}

/// <summary>An input wrapper that can be recreated from a literal (used for schema defaults).</summary>
/// <typeparam name="TSelf">The wrapper type itself.</typeparam>
public interface IInputValue<TSelf> : IInputValue
    where TSelf : struct, IInputValue<TSelf>
{
    /// <summary>Wraps a literal of the wrapper's value type.</summary>
    /// <param name="literal">The literal value.</param>
    static abstract TSelf FromLiteral(object literal);
}
