using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// A node of a graph: one invocation of a node type. Generated classes (<c>AddInvocation</c>, …) derive from this.
/// </summary>
public abstract class Invocation
{
    private readonly object?[] _inputs;

    /// <summary>Creates a node of the type <paramref name="descriptor"/> describes.</summary>
    /// <param name="descriptor">The node type.</param>
    protected Invocation(NodeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
        _inputs = new object?[descriptor.Inputs.Count];
        UseCache = descriptor.UseCacheDefault;
    }

    /// <summary>The node type.</summary>
    public NodeDescriptor Descriptor { get; }

    /// <summary>The wire discriminator (<c>type</c>).</summary>
    public string Type => Descriptor.Type;

    /// <summary>The node id, set when the node is added to a <see cref="GraphBuilder"/>.</summary>
    public string? Id { get; internal set; }

    /// <summary>Whether the node's results are intermediate (<c>is_intermediate</c>, default <see langword="false"/>).</summary>
    public bool IsIntermediate { get; set; }

    /// <summary>Whether the server may reuse a cached result (<c>use_cache</c>; the schema's default).</summary>
    public bool UseCache { get; set; }

    /// <summary>The value assigned to input <paramref name="index"/> of <see cref="NodeDescriptor.Inputs"/>: an <see cref="IInputValue"/>, a literal, or <see langword="null"/> when unset.</summary>
    /// <param name="index">The input's position.</param>
    public object? GetAssigned(int index) => _inputs[index];

    /// <summary>Reads an input typed with an input wrapper; an unset input reads as its schema default.</summary>
    /// <typeparam name="TInput">The wrapper type.</typeparam>
    /// <param name="index">The input's position in <see cref="NodeDescriptor.Inputs"/>.</param>
    protected TInput GetInput<TInput>(int index)
        where TInput : struct, IInputValue<TInput>
    {
        if (_inputs[index] is TInput value)
            return value;
        return Descriptor.Inputs[index].Default is { } fallback ? TInput.FromLiteral(fallback) : default;
    }

    /// <summary>Assigns an input typed with an input wrapper, checking a literal against the field's bounds.</summary>
    /// <typeparam name="TInput">The wrapper type.</typeparam>
    /// <param name="index">The input's position in <see cref="NodeDescriptor.Inputs"/>.</param>
    /// <param name="value">An edge, a literal, or <see langword="default"/> to unset.</param>
    /// <exception cref="ArgumentOutOfRangeException">The literal breaks the field's bounds.</exception>
    protected void SetInput<TInput>(int index, TInput value)
        where TInput : struct, IInputValue<TInput>
    {
        if (value.Source is null && value.Literal is null)
        {
            _inputs[index] = null;
            return;
        }
        CheckBounds(index, value.Literal);
        _inputs[index] = value;
    }

    /// <summary>Reads a literal-only (<c>direct</c>) input; an unset input reads as its schema default.</summary>
    /// <typeparam name="T">The field's C# type.</typeparam>
    /// <param name="index">The input's position in <see cref="NodeDescriptor.Inputs"/>.</param>
    protected T GetValue<T>(int index) =>
        _inputs[index] is T value ? value
        : Descriptor.Inputs[index].Default is T fallback ? fallback
        : default!;

    /// <summary>Assigns a literal-only (<c>direct</c>) input, checking it against the field's bounds.</summary>
    /// <typeparam name="T">The field's C# type.</typeparam>
    /// <param name="index">The input's position in <see cref="NodeDescriptor.Inputs"/>.</param>
    /// <param name="value">The literal, or <see langword="null"/> to unset.</param>
    /// <exception cref="ArgumentOutOfRangeException">The literal breaks the field's bounds.</exception>
    protected void SetValue<T>(int index, T value)
    {
        CheckBounds(index, value);
        _inputs[index] = value;
    }

    private void CheckBounds(int index, object? literal)
    {
        var input = Descriptor.Inputs[index];
        if (input.Bounds?.Check(literal) is { } problem)
        {
            var node = Id is null ? $"{GetType().Name}" : $"{GetType().Name} '{Id}'";
            throw new ArgumentOutOfRangeException(input.PropertyName, literal, $"{node}.{input.PropertyName} (field '{input.Name}' of node type '{Type}'): {problem}.");
        }
    }
}

/// <summary>A node whose output is <typeparamref name="TOutput"/>, with ports <typeparamref name="TPorts"/>.</summary>
/// <typeparam name="TOutput">The generated output type, which reads a result of this node.</typeparam>
/// <typeparam name="TPorts">The generated ports of that output.</typeparam>
public abstract class Invocation<TOutput, TPorts> : Invocation
    where TOutput : IWireObject<TOutput>
    where TPorts : class
{
    private TPorts? _out;

    /// <inheritdoc/>
    protected Invocation(NodeDescriptor descriptor) : base(descriptor) { }

    /// <summary>The node's output ports: assign one to another node's input to make an edge.</summary>
    public TPorts Out => _out ??= CreatePorts();

    /// <summary>Creates the ports bound to this node.</summary>
    protected abstract TPorts CreatePorts();
}
