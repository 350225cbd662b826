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

    /// <summary>The literal assigned to input <paramref name="index"/>, unwrapped; <see langword="null"/> when unset or an edge.</summary>
    /// <param name="index">The input's position.</param>
    public object? GetLiteral(int index) => _inputs[index] is IInputValue wrapped ? wrapped.Literal : _inputs[index];

    /// <summary>The edge source assigned to input <paramref name="index"/>, or <see langword="null"/>.</summary>
    /// <param name="index">The input's position.</param>
    public Port? GetSource(int index) => (_inputs[index] as IInputValue)?.Source;

    /// <summary>Sets an input from its JSON value, read with the field's codec (reading a graph, applying batch data).</summary>
    /// <param name="field">The wire name of an input the descriptor declares.</param>
    /// <param name="value">The JSON value; <c>null</c> (or <see langword="default"/>) unsets the input.</param>
    /// <exception cref="ArgumentException">The descriptor declares no input <paramref name="field"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The value does not have the field's type.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value breaks the field's bounds.</exception>
    public void SetFromJson(string field, System.Text.Json.JsonElement value)
    {
        if (!Descriptor.TryGetInput(field, out var index))
            throw new ArgumentException($"Node type '{Type}' has no input '{field}'.", nameof(field));
        if (value.ValueKind is System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined)
        {
            _inputs[index] = null;
            return;
        }
        var input = Descriptor.Inputs[index];
        object? literal;
        try
        {
            literal = input.Codec.ReadBoxed(value);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new System.Text.Json.JsonException($"Node '{Id ?? Type}', field '{field}': {ex.Message}", ex);
        }
        CheckBounds(index, literal);
        _inputs[index] = literal;
    }

    /// <summary>Reads an input typed with an input wrapper; an unset input reads as its schema default.</summary>
    /// <typeparam name="TInput">The wrapper type.</typeparam>
    /// <param name="index">The input's position in <see cref="NodeDescriptor.Inputs"/>.</param>
    protected TInput GetInput<TInput>(int index)
        where TInput : struct, IInputValue<TInput>
    {
        return _inputs[index] switch
        {
            TInput value => value,
            IInputValue => default,
            { } literal => TInput.FromLiteral(literal),
            null => Descriptor.Inputs[index].Default is { } fallback ? TInput.FromLiteral(fallback) : default,
        };
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
