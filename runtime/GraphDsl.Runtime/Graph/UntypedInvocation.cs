using System.Text.Json;

namespace GraphDsl;

/// <summary>
/// A node without a generated class: of a type the catalog does not know, or described only at run time
/// (a schema loaded at run time, a saved workflow). Inputs are set by wire name.
/// </summary>
public sealed class UntypedInvocation : Invocation
{
    private readonly Dictionary<string, JsonElement> _extra = new(StringComparer.Ordinal);

    /// <summary>Creates a node of a type described at run time.</summary>
    /// <param name="descriptor">The node type.</param>
    public UntypedInvocation(NodeDescriptor descriptor) : base(descriptor) { }

    /// <summary>Creates a node of a type nothing describes: every field is kept as it is given.</summary>
    /// <param name="type">The wire type.</param>
    public UntypedInvocation(string type) : base(new NodeDescriptor(type, "", "", [], []) { IsKnown = false }) { }

    /// <summary>Fields given to this node that its descriptor does not declare, kept as JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> ExtraFields => _extra;

    /// <summary>Removes any literal of the input <paramref name="field"/>.</summary>
    /// <param name="field">The wire name.</param>
    public void Unset(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Descriptor.TryGetInput(field, out _))
            SetFromJson(field, default);
        else
            _extra.Remove(field);
    }

    /// <summary>Sets the input <paramref name="field"/> to a literal; a field the descriptor does not declare is kept in <see cref="ExtraFields"/>.</summary>
    /// <param name="field">The wire name.</param>
    /// <param name="value">The value, as JSON.</param>
    /// <exception cref="JsonException">The value does not have the field's type.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value breaks the field's bounds.</exception>
    public void Set(string field, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Descriptor.TryGetInput(field, out _))
            SetFromJson(field, value);
        else
            _extra[field] = value.Clone();
    }
}
