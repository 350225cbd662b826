namespace GraphDsl.Validation;

/// <summary>How an output of one type fares when connected to an input of another.</summary>
public enum EdgeCompatibility
{
    /// <summary>The server accepts the edge and the value fits the input.</summary>
    Compatible,

    /// <summary>The server rejects the edge (<c>are_connection_types_compatible</c> is false).</summary>
    Incompatible,

    /// <summary>
    /// The server accepts the edge, but the value cannot fit the input, so the node fails when it runs:
    /// a list into a single-value input (<c>list[T] -&gt; T</c>, <c>list[T] -&gt; T|None</c>) or a single value into a
    /// list-only input (<c>T -&gt; list[T]</c>).
    /// </summary>
    FailsAtRunTime,
}

/// <summary>
/// The server's edge typing (<c>are_connection_types_compatible</c> in InvokeAI's <c>graph.py</c>) applied to
/// <see cref="WireType"/>s, plus the stricter check of edges the server accepts but cannot run.
/// </summary>
/// <remarks>
/// The rules, in the server's order: a missing type is incompatible; equal types, or either side <c>Any</c>
/// (which includes <c>list[Any]</c>, <c>Any|None</c> and <c>dict[str, Any]</c>), are compatible; then <c>from</c> among
/// the arguments of <c>to</c> (<c>T -&gt; T|None</c>, <c>T -&gt; T|list[T]</c>); then <c>to</c> among the arguments of
/// <c>from</c> (<c>T|None -&gt; T</c>); then exactly <c>int -&gt; float</c> and <c>int</c>/<c>float -&gt; str</c>; then, when
/// both are classes, subclassing (only <c>bool -&gt; int</c> is known, plus whatever relation the caller supplies, as the
/// schema does not record class inheritance); otherwise every argument of <c>from</c> must be a member of <c>to</c>.
/// A literal's values are not known, so two literals are compatible only when they have the same name (the server
/// also accepts a literal whose values are a subset of the other's).
/// </remarks>
public static class ConnectionTypes
{
    /// <summary>Whether the server accepts an edge from an output of type <paramref name="from"/> to an input of type <paramref name="to"/>.</summary>
    /// <param name="from">The output's type; <see langword="null"/> when unknown (never compatible).</param>
    /// <param name="to">The input's type; <see langword="null"/> when unknown (never compatible).</param>
    /// <param name="isSubclass">
    /// Class inheritance the schema does not record: whether the class named by the first argument derives from the class named
    /// by the second. <c>bool</c> deriving from <c>int</c> and a class from itself are always known.
    /// </param>
    public static bool AreCompatible(WireType? from, WireType? to, Func<string, string, bool>? isSubclass = null)
    {
        // 1. A missing type (a field the output class does not have) is never compatible.
        if (from is null || to is null)
            return false;

        // 2. Equal types, or a wildcard on either side.
        if (from.Equals(to) || IsAny(from) || IsAny(to))
            return true;

        // 3. T -> T|None, T -> T|list[T] (and, to be caught by the stricter check, T -> list[T]).
        if (IsArgumentOf(from, to))
            return true;

        // 4. T|None -> T (and list[T] -> T).
        if (IsArgumentOf(to, from))
            return true;

        // 5. Only the exact targets: int -> float, int|float -> str.
        if (from.Equals(WireType.Int) && to.Equals(WireType.Float))
            return true;
        if ((from.Equals(WireType.Int) || from.Equals(WireType.Float)) && to.Equals(WireType.Str))
            return true;

        // 6. Two classes: subclassing decides, nothing else.
        if (IsClass(from) && IsClass(to))
            return IsSubclass(from, to, isSubclass);

        // 7. Every argument of `from` must be among the members of `to`.
        return IsUnionSubtype(from, to);
    }

    /// <summary>
    /// Whether an edge from an output of type <paramref name="from"/> to an input of type <paramref name="to"/> is accepted by
    /// the server and can run: <see cref="EdgeCompatibility.FailsAtRunTime"/> for the edges the server accepts although the value
    /// can never fit (a list into an input that takes no list, a single value into an input that takes only lists).
    /// </summary>
    /// <param name="from">The output's type; <see langword="null"/> when unknown.</param>
    /// <param name="to">The input's type; <see langword="null"/> when unknown.</param>
    /// <param name="isSubclass">Class inheritance the schema does not record; see <see cref="AreCompatible"/>.</param>
    public static EdgeCompatibility Check(WireType? from, WireType? to, Func<string, string, bool>? isSubclass = null)
    {
        if (!AreCompatible(from, to, isSubclass))
            return EdgeCompatibility.Incompatible;
        if (IsAny(from!) || IsAny(to!))
            return EdgeCompatibility.Compatible;
        var (fromList, fromSingle) = Shapes(from!);
        var (toList, toSingle) = Shapes(to!);
        if (fromList && !fromSingle && !toList)
            return EdgeCompatibility.FailsAtRunTime;
        if (fromSingle && !fromList && !toSingle)
            return EdgeCompatibility.FailsAtRunTime;
        return EdgeCompatibility.Compatible;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is a wildcard for the server: <c>Any</c> itself or a type with <c>Any</c> among its
    /// arguments (<c>list[Any]</c>, <c>Any|None</c>, <c>dict[str, Any]</c>).
    /// </summary>
    /// <param name="type">The type.</param>
    public static bool IsAny(WireType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Kind == WireTypeKind.Any)
            return true;
        foreach (var argument in type.Arguments)
        {
            if (argument.Kind == WireTypeKind.Any)
                return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="type"/> is a list or a union with a list member (the server's <c>is_list_or_contains_list</c>).</summary>
    /// <param name="type">The type.</param>
    public static bool IsListOrContainsList(WireType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Kind == WireTypeKind.List)
            return true;
        if (type.Kind != WireTypeKind.Union)
            return false;
        foreach (var member in type.Arguments)
        {
            if (member.Kind == WireTypeKind.List)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The server's <c>is_union_subtype(from, to)</c>: a type without arguments must be a member of <paramref name="to"/>;
    /// otherwise every argument of <paramref name="from"/> must be. A literal is a subtype only of the literal with its name.
    /// </summary>
    /// <param name="from">The candidate subtype.</param>
    /// <param name="to">The union (or other type) whose arguments are its members.</param>
    public static bool IsUnionSubtype(WireType from, WireType to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Kind == WireTypeKind.Literal)
            return to.Kind == WireTypeKind.Literal && to.Name == from.Name;
        if (from.Arguments.Count == 0)
            return IsArgumentOf(from, to);
        foreach (var argument in from.Arguments)
        {
            if (!IsArgumentOf(argument, to))
                return false;
        }
        return true;
    }

    /// <summary>The server's <c>issubclass</c> as far as the notation allows: two classes of the same name, <c>bool</c> into <c>int</c>, or <paramref name="isSubclass"/>; anything that is not a class never is.</summary>
    /// <param name="from">The candidate subclass.</param>
    /// <param name="to">The candidate base class.</param>
    /// <param name="isSubclass">Class inheritance the schema does not record.</param>
    public static bool IsSubclass(WireType from, WireType to, Func<string, string, bool>? isSubclass = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!IsClass(from) || !IsClass(to))
            return false;
        if (from.Kind != to.Kind)
            return false;
        if (from.Name == to.Name)
            return true;
        if (from.Kind != WireTypeKind.Class)
            return false;
        if (from.Name == "bool" && to.Name == "int")
            return true;
        return isSubclass?.Invoke(from.Name, to.Name) == true;
    }

    /// <summary>python's <c>x in get_args(of)</c>. A literal's arguments are values, which no type equals.</summary>
    internal static bool IsArgumentOf(WireType x, WireType of)
    {
        if (of.Kind == WireTypeKind.Literal)
            return false;
        foreach (var argument in of.Arguments)
        {
            if (argument.Equals(x))
                return true;
        }
        return false;
    }

    /// <summary>python's <c>isinstance(t, type)</c>: classes and <c>NoneType</c> (not generics, unions or literals).</summary>
    private static bool IsClass(WireType type) => type.Kind is WireTypeKind.Class or WireTypeKind.None;

    /// <summary>Whether a value of the type may be a list, and whether it may be a single (non-list, non-null) value.</summary>
    private static (bool List, bool Single) Shapes(WireType type)
    {
        if (type.Kind == WireTypeKind.Union)
        {
            var list = false;
            var single = false;
            foreach (var member in type.Arguments)
            {
                if (member.Kind == WireTypeKind.List)
                    list = true;
                else if (member.Kind != WireTypeKind.None)
                    single = true;
            }
            return (list, single);
        }
        return type.Kind switch
        {
            WireTypeKind.List => (true, false),
            WireTypeKind.None => (false, false),
            _ => (false, true),
        };
    }
}
