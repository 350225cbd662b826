using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>One input field of a node type, as the schema declares it.</summary>
/// <param name="Name">The wire name, e.g. <c>positive_conditioning</c>.</param>
/// <param name="PropertyName">The generated C# property, e.g. <c>PositiveConditioning</c>.</param>
/// <param name="Kind">Whether it takes a literal, an edge, or either.</param>
/// <param name="WireType">The type in the server's notation, e.g. <c>int</c>, <c>ImageField|None</c>, <c>float|list[float]</c>.</param>
/// <param name="Codec">Writes and reads the field's literal values.</param>
public sealed record InputDescriptor(string Name, string PropertyName, InputKind Kind, string WireType, IWireCodec Codec)
{
    /// <summary>Whether the server needs a value or an edge to run the node (schema <c>required</c>, or <c>orig_required</c> without <c>orig_default</c>).</summary>
    public bool IsRequired { get; init; }

    /// <summary>The schema default as a literal of the field's C# type, when it has one and it is not null.</summary>
    public object? Default { get; init; }

    /// <summary>Numeric bounds, when the schema declares any.</summary>
    public NumericBounds? Bounds { get; init; }

    /// <summary>The wire name, encoded once for writers.</summary>
    internal System.Text.Json.JsonEncodedText EncodedName { get; } = System.Text.Json.JsonEncodedText.Encode(Name);
}
