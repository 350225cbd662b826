using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

/// <summary>The C# types and codec expressions of fields: the server's typing rules as wrapper and port types.</summary>
internal static class TypeSyntax
{
    private const string Runtime = CSharpTypeNames.Runtime;
    private const string Codecs = "global::GraphDsl.Serialization.WireCodecs.";

    public static string Item(ItemType item, string ns) => CSharpTypeNames.Item(item, ns);

    /// <summary>The property type of an input of kind <c>any</c> or <c>connection</c>.</summary>
    public static string Wrapper(InputSpec input, string ns)
    {
        var suffix = input.Kind == InputKindSpec.Connection ? "Connection" : "Input";
        var type = input.Type;
        if (type.Item is not { } item)
            return $"{Runtime}Any{suffix}";
        var t = Item(item, ns);
        return type.Shape switch
        {
            FieldShape.Exact => item.Kind switch
            {
                ItemKind.Integer => $"{Runtime}Integer{suffix}",
                ItemKind.Float => $"{Runtime}Float{suffix}",
                ItemKind.String => $"{Runtime}String{suffix}",
                _ => input.Kind == InputKindSpec.Connection ? $"{Runtime}Connection<{t}>" : $"{Runtime}Input<{t}>",
            },
            FieldShape.Optional => $"{Runtime}Optional{suffix}<{t}>",
            FieldShape.List => $"{Runtime}List{suffix}<{t}>",
            FieldShape.OptionalList => $"{Runtime}OptionalList{suffix}<{t}>",
            FieldShape.OneOrMany => $"{Runtime}OneOrMany{suffix}<{t}>",
            FieldShape.OptionalOneOrMany => $"{Runtime}OptionalOneOrMany{suffix}<{t}>",
            _ => $"{Runtime}Any{suffix}",
        };
    }

    /// <summary>The C# type of a value of the field: a direct input, an output value, an object member.</summary>
    public static string Value(FieldType type, string ns, bool forceNullable)
    {
        if (type.Item is not { } item)
            return "global::System.Text.Json.JsonElement?";
        var t = Item(item, ns);
        var core = type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => t,
            FieldShape.List or FieldShape.OptionalList => $"global::System.Collections.Generic.IReadOnlyList<{t}>",
            _ => $"{Runtime}OneOrMany<{t}>",
        };
        return type.IsNullable || forceNullable ? core + "?" : core;
    }

    /// <summary>The port type of an output field.</summary>
    public static string Port(FieldType type, string ns)
    {
        if (type.Item is not { } item)
            return $"{Runtime}AnyPort";
        var t = Item(item, ns);
        return type.Shape switch
        {
            FieldShape.Exact => $"{Runtime}Port<{t}>",
            FieldShape.Optional => $"{Runtime}NullablePort<{t}>",
            FieldShape.List => $"{Runtime}Port<global::System.Collections.Generic.IReadOnlyList<{t}>>",
            FieldShape.OptionalList => $"{Runtime}NullablePort<global::System.Collections.Generic.IReadOnlyList<{t}>>",
            _ => $"{Runtime}OneOrManyPort<{t}>",
        };
    }

    public static string ItemCodec(ItemType item, string ns) => item.Kind switch
    {
        ItemKind.Integer => Codecs + "Integer",
        ItemKind.Float => Codecs + "Float",
        ItemKind.String => Codecs + "String",
        ItemKind.Boolean => Codecs + "Boolean",
        ItemKind.Enum => $"global::{ns}.WireEnums.{item.Name}",
        _ => $"{Codecs}Object<global::{ns}.{item.Name}>()",
    };

    /// <summary>The codec of a field's values.</summary>
    public static string Codec(FieldType type, string ns)
    {
        if (type.Item is not { } item)
            return Codecs + "Any";
        var itemCodec = ItemCodec(item, ns);
        return type.Shape switch
        {
            FieldShape.Exact or FieldShape.Optional => itemCodec,
            FieldShape.List or FieldShape.OptionalList => $"{Codecs}ListOf({itemCodec})",
            _ => $"{Codecs}OneOrManyOf({itemCodec})",
        };
    }
}
