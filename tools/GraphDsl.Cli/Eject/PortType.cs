using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>The C# port classes of the runtime, by the shape of the value they carry.</summary>
internal enum PortShape
{
    /// <summary><c>AnyPort</c>: the server's <c>Any</c>.</summary>
    Any,

    /// <summary><c>Port&lt;T&gt;</c>.</summary>
    Exact,

    /// <summary><c>NullablePort&lt;T&gt;</c>.</summary>
    Nullable,

    /// <summary><c>Port&lt;IReadOnlyList&lt;T&gt;&gt;</c>.</summary>
    List,

    /// <summary><c>NullablePort&lt;IReadOnlyList&lt;T&gt;&gt;</c>.</summary>
    NullableList,

    /// <summary><c>OneOrManyPort&lt;T&gt;</c>.</summary>
    OneOrMany,
}

/// <summary>The C# type of a port: its class and item type (none for <see cref="PortShape.Any"/>).</summary>
/// <param name="Shape">The port class.</param>
/// <param name="Item">The item type.</param>
internal sealed record PortType(PortShape Shape, ItemType? Item)
{
    /// <summary><c>AnyPort</c>.</summary>
    public static PortType Any { get; } = new(PortShape.Any, null);

    /// <summary>The port the generator declares for an output field of type <paramref name="type"/>.</summary>
    public static PortType Of(FieldType type) => type.Item is not { } item
        ? Any
        : type.Shape switch
        {
            FieldShape.Exact => new(PortShape.Exact, item),
            FieldShape.Optional => new(PortShape.Nullable, item),
            FieldShape.List => new(PortShape.List, item),
            FieldShape.OptionalList => new(PortShape.NullableList, item),
            FieldShape.OneOrMany or FieldShape.OptionalOneOrMany => new(PortShape.OneOrMany, item),
            _ => Any,
        };

    /// <summary>
    /// Whether the generated property of <paramref name="input"/> takes this port by assignment: the implicit
    /// conversions of the runtime's input types (<c>IntegerInput</c>, <c>Input&lt;T&gt;</c>, <c>OneOrManyConnection&lt;T&gt;</c>, …).
    /// A literal-only (<c>direct</c>) input takes no port.
    /// </summary>
    public bool AssignsTo(InputSpec input) => input.Kind != InputKindSpec.Direct && AssignsTo(input.Type);

    /// <summary>Whether an input wrapper of <paramref name="type"/> converts from this port.</summary>
    public bool AssignsTo(FieldType type)
    {
        if (type.Item is not { } target || Shape == PortShape.Any)
            return true;
        var same = Equals(Item, target);
        return type.Shape switch
        {
            FieldShape.Exact => target.Kind switch
            {
                ItemKind.Integer => Is(PortShape.Exact, ItemKind.Integer) || Is(PortShape.Exact, ItemKind.Boolean)
                    || Is(PortShape.Nullable, ItemKind.Integer) || Is(PortShape.OneOrMany, ItemKind.Integer),
                ItemKind.Float => Is(PortShape.Exact, ItemKind.Float) || Is(PortShape.Exact, ItemKind.Integer)
                    || Is(PortShape.Nullable, ItemKind.Float) || Is(PortShape.OneOrMany, ItemKind.Float),
                ItemKind.String => Is(PortShape.Exact, ItemKind.String) || Is(PortShape.Exact, ItemKind.Integer) || Is(PortShape.Exact, ItemKind.Float)
                    || Is(PortShape.Nullable, ItemKind.String) || Is(PortShape.OneOrMany, ItemKind.String),
                _ => same && Shape is PortShape.Exact or PortShape.Nullable or PortShape.OneOrMany,
            },
            FieldShape.Optional => same && Shape is PortShape.Exact or PortShape.Nullable,
            FieldShape.List => same && Shape is PortShape.List or PortShape.NullableList or PortShape.OneOrMany,
            FieldShape.OptionalList => same && Shape is PortShape.List or PortShape.NullableList,
            FieldShape.OneOrMany => same && Shape is PortShape.Exact or PortShape.List,
            FieldShape.OptionalOneOrMany => same && Shape is not PortShape.Any,
            _ => true,
        };
    }

    private bool Is(PortShape shape, ItemKind kind) => Shape == shape && Item?.Kind == kind;
}
