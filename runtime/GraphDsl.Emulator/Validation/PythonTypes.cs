using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Validation;

/// <summary>python's typing helpers (<c>get_origin</c>, <c>get_args</c>, <c>issubclass</c>) and the server's
/// type predicates over <see cref="WireType"/>, for the graph rules.</summary>
internal static class PythonTypes
{
    /// <summary>The server's <c>are_connection_types_compatible</c>; two inline literals are compatible when the
    /// first one's values are among the second one's (<c>is_union_subtype</c> over literal values).</summary>
    public static bool AreCompatible(WireType? from, WireType? to)
    {
        if (from is { Kind: WireTypeKind.Literal } && to is { Kind: WireTypeKind.Literal })
        {
            return from.Equals(to) || LiteralValues(from).All(LiteralValues(to).Contains);
        }

        return ConnectionTypes.AreCompatible(from, to);
    }

    /// <summary><c>get_origin(t) is None</c>: a plain class, <c>None</c> or <c>Any</c>.</summary>
    public static bool HasNoOrigin(WireType type) => type.Kind is WireTypeKind.Class or WireTypeKind.None or WireTypeKind.Any;

    /// <summary><c>get_origin(t) is list</c>.</summary>
    public static bool IsList(WireType? type) => type is { Kind: WireTypeKind.List };

    /// <summary>The server's <c>is_any</c>.</summary>
    public static bool IsAny(WireType? type) => type is not null && ConnectionTypes.IsAny(type);

    /// <summary>The server's <c>is_list_or_contains_list</c>.</summary>
    public static bool IsListOrContainsList(WireType? type) => type is not null && ConnectionTypes.IsListOrContainsList(type);

    /// <summary><c>get_args(t)[0]</c>, or <see langword="null"/> when <c>t</c> has no arguments.</summary>
    public static WireType? FirstArgument(WireType? type) => type is { Arguments.Count: > 0 } ? type.Arguments[0] : null;

    /// <summary>python's <c>issubclass(a, b)</c> for the classes the notation knows (a class is its own subclass; <c>bool</c> of <c>int</c>).</summary>
    public static bool IsSubclass(WireType? a, WireType? b) => a is not null && b is not null && ConnectionTypes.IsSubclass(a, b);

    /// <summary>The server's <c>is_union_subtype</c>.</summary>
    public static bool IsUnionSubtype(WireType? a, WireType? b) => a is not null && b is not null && ConnectionTypes.IsUnionSubtype(a, b);

    /// <summary>The types an item edge into a collector contributes: <c>[t]</c> when <c>get_origin(t)</c> is None, else <c>get_args(t)</c>; never <c>None</c>.</summary>
    public static IEnumerable<WireType> ItemInputTypes(WireType? type)
    {
        if (type is null)
        {
            return [];
        }

        var resolved = HasNoOrigin(type) || type.Kind == WireTypeKind.Literal ? [type] : type.Arguments;
        return resolved.Where(t => t.Kind != WireTypeKind.None);
    }

    /// <summary>The server's <c>extract_collection_item_types</c>.</summary>
    public static IEnumerable<WireType> CollectionItemTypes(WireType? type)
    {
        if (type is null)
        {
            return [];
        }

        if (IsAny(type))
        {
            return [WireType.Any];
        }

        if (type.Kind == WireTypeKind.List)
        {
            return type.Arguments.Where(a => a.Kind != WireTypeKind.None);
        }

        var items = new List<WireType>();
        foreach (var argument in type.Arguments)
        {
            if (IsAny(argument))
            {
                items.Add(WireType.Any);
            }
            else if (argument.Kind == WireTypeKind.List)
            {
                items.AddRange(argument.Arguments.Where(a => a.Kind != WireTypeKind.None));
            }
        }

        return items;
    }

    /// <summary>The server's <c>_get_type_tree_root_types</c>: the types no other type of the set is a base class of.</summary>
    public static List<WireType> RootTypes(IReadOnlyCollection<WireType> types) =>
        types.Where(t => !types.Any(other => !other.Equals(t) && IsSubclass(t, other))).ToList();

    private static HashSet<string> LiteralValues(WireType literal) =>
        literal.Name.Split(", ", StringSplitOptions.None).ToHashSet(StringComparer.Ordinal);
}
