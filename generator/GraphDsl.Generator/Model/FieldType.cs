namespace GraphDsl.Generator.Model;

/// <summary>The primitive or named type of one item of a field.</summary>
public enum ItemKind
{
    Integer,
    Float,
    String,
    Boolean,
    /// <summary>A generated schema object (<c>ImageField</c>, …); <see cref="ItemType.Name"/> is its class.</summary>
    Object,
    /// <summary>A generated enum; <see cref="ItemType.Name"/> is its name.</summary>
    Enum,
}

/// <summary>How items are arranged in a field, mirroring the server's annotation.</summary>
public enum FieldShape
{
    /// <summary><c>T</c>.</summary>
    Exact,
    /// <summary><c>T | None</c>.</summary>
    Optional,
    /// <summary><c>list[T]</c>.</summary>
    List,
    /// <summary><c>list[T] | None</c>.</summary>
    OptionalList,
    /// <summary><c>T | list[T]</c>.</summary>
    OneOrMany,
    /// <summary><c>T | list[T] | None</c>.</summary>
    OptionalOneOrMany,
    /// <summary><c>Any</c> (also <c>list[Any]</c>, <c>Any | None</c>, <c>dict[str, Any]</c>, and every untypable field).</summary>
    Any,
}

/// <summary>One item type: a primitive, or a generated class or enum by name.</summary>
public sealed record ItemType(ItemKind Kind, string Name)
{
    public static readonly ItemType Integer = new(ItemKind.Integer, "int");
    public static readonly ItemType Float = new(ItemKind.Float, "float");
    public static readonly ItemType String = new(ItemKind.String, "str");
    public static readonly ItemType Boolean = new(ItemKind.Boolean, "bool");
}

/// <summary>A field's type: its shape and item type (no item for <see cref="FieldShape.Any"/>).</summary>
public sealed record FieldType(FieldShape Shape, ItemType? Item, string? AnyText = null)
{
    public static readonly FieldType Any = new(FieldShape.Any, null);

    /// <summary>An <c>Any</c> field, remembering its exact form (<c>list[Any]</c>, <c>Any|None</c>, <c>dict[str, Any]</c>).</summary>
    public static FieldType AnyOf(string text) => text == "Any" ? Any : new(FieldShape.Any, null, text);

    public bool IsNullable => Shape is FieldShape.Optional or FieldShape.OptionalList or FieldShape.OptionalOneOrMany;

    /// <summary>The type in the server's notation: <c>int</c>, <c>ImageField|None</c>, <c>float|list[float]</c>, <c>Any</c>.</summary>
    public string WireText
    {
        get
        {
            var item = Item is null ? "Any" : Item.Kind == ItemKind.Enum ? $"Literal[{Item.Name}]" : Item.Name;
            return Shape switch
            {
                FieldShape.Exact => item,
                FieldShape.Optional => $"{item}|None",
                FieldShape.List => $"list[{item}]",
                FieldShape.OptionalList => $"list[{item}]|None",
                FieldShape.OneOrMany => $"{item}|list[{item}]",
                FieldShape.OptionalOneOrMany => $"{item}|list[{item}]|None",
                _ => AnyText ?? "Any",
            };
        }
    }
}
