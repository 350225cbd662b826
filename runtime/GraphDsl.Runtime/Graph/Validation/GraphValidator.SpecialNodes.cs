namespace GraphDsl.Validation;

internal sealed partial class GraphValidator
{
    // Collectors' resolved input item types, memoised: 0 = not yet, 1 = being resolved, 2 = done.
    private byte[] _collectState = [];
    private HashSet<WireType>?[] _collectTypes = [];
    private bool[] _collectTainted = [];
    private WireType?[] _collectLiteralItem = [];

    private bool IsIterate(int node) => _known[node] && Node(node).Type == IterateType;

    private bool IsCollect(int node) => _known[node] && Node(node).Type == CollectType;

    // (6) the iterate and collect rules, node by node.
    private void CheckSpecialNodes()
    {
        for (var i = 0; i < _nodeCount; i++)
        {
            if (!_known[i] || _flagged[i])
                continue;
            if (IsIterate(i) && CheckIterator(i) is { } iteratorError)
                Report(Key(i), iteratorError.Field, $"Invalid iterator node ({Key(i)}): {iteratorError.Message}");
            if (IsCollect(i) && CheckCollector(i) is { } collectorError)
                Report(Key(i), collectorError.Field, $"Invalid collector node ({Key(i)}): {collectorError.Message}");
        }
    }

    private readonly record struct SpecialError(string Field, string Message);

    private SpecialError? CheckIterator(int node)
    {
        var input = -1;
        var inputs = 0;
        foreach (var e in InEdges(node))
        {
            if (_typed[e] && EdgeAt(e).Destination.Field == CollectionField)
            {
                input = e;
                inputs++;
            }
        }
        if (inputs == 0)
            return new(CollectionField, "Iterator must have a collection input edge");
        if (inputs > 1)
            return new(CollectionField, "Iterator may only have one input edge");

        var inputType = _sourceType[input]!;
        if (inputType.Kind != WireTypeKind.List)
            return new(CollectionField, $"Iterator input must be a collection ({EdgeAt(input)} gives {inputType}, not a list)");
        var item = inputType.Arguments[0];

        var runTimeFailure = -1;
        foreach (var e in OutEdges(node))
        {
            if (!_typed[e] || EdgeAt(e).Source.Field != ItemField)
                continue;
            switch (ConnectionTypes.Check(item, _destinationType[e]))
            {
                case EdgeCompatibility.Incompatible:
                    return new(ItemField, $"Iterator outputs must connect to an input with a matching type ({EdgeAt(e)}: {item} cannot go into {_destinationType[e]})");
                case EdgeCompatibility.FailsAtRunTime:
                    if (runTimeFailure < 0)
                        runTimeFailure = e;
                    break;
            }
        }

        var source = _source[input];
        if (IsCollect(source))
        {
            var (root, tainted) = LooseRootType(source);
            if (!tainted)
            {
                if (root is null)
                    return new(CollectionField, "Iterator input collector must have at least one item or collection input edge");
                foreach (var e in OutEdges(node))
                {
                    if (_typed[e] && EdgeAt(e).Source.Field == ItemField && !ConnectionTypes.AreCompatible(root, _destinationType[e]))
                        return new(ItemField, $"Iterator collection type must match all iterator output types ({EdgeAt(e)}: the collector gathers {root}, which cannot go into {_destinationType[e]})");
                }
            }
        }

        if (runTimeFailure >= 0)
            return new(ItemField, $"Iterator outputs must connect to an input with a matching type at run time ({EdgeAt(runTimeFailure)}): the server accepts {item} -> {_destinationType[runTimeFailure]}, but the node fails when it runs");
        return null;
    }

    private SpecialError? CheckCollector(int node)
    {
        var itemInputs = 0;
        var collectionInputs = 0;
        foreach (var e in InEdges(node))
        {
            if (!_typed[e])
                continue;
            var field = EdgeAt(e).Destination.Field;
            if (field == ItemField)
                itemInputs++;
            else if (field == CollectionField)
            {
                collectionInputs++;
                var type = _sourceType[e]!;
                if (!ConnectionTypes.IsListOrContainsList(type) && !ConnectionTypes.IsAny(type))
                    return new(CollectionField, $"Collector collection input must be a collection ({EdgeAt(e)} gives {type})");
            }
        }
        if (itemInputs == 0 && collectionInputs == 0)
            return new(ItemField, "Collector must have at least one item or collection input edge");

        var (types, tainted) = ResolveCollector(node);
        if (_collectLiteralItem[node] is { } literal)
            return new(ItemField, $"Collector items of type {literal} cannot be checked by the server: it takes a literal's values for types, and its validation fails (TypeError) instead of accepting the graph");
        if (tainted)
            return null;
        var roots = RootTypes(types);
        if (roots.Count > 1)
            return new(ItemField, $"Collector input collection items must be of a single type (they are {string.Join(", ", roots)})");
        var root = roots.Count == 1 ? roots[0] : null;

        foreach (var e in OutEdges(node))
        {
            if (!_typed[e] || EdgeAt(e).Source.Field != CollectionField)
                continue;
            var to = _destinationType[e]!;
            if (!ConnectionTypes.IsListOrContainsList(to) && !ConnectionTypes.IsAny(to))
                return new(CollectionField, $"Collector output must connect to a collection input ({EdgeAt(e)} goes into {to})");
        }
        foreach (var e in OutEdges(node))
        {
            if (!_typed[e] || EdgeAt(e).Source.Field != CollectionField)
                continue;
            var to = _destinationType[e]!;
            if (ConnectionTypes.IsAny(to))
                continue;
            var first = to.Arguments[0];
            var matches = root is not null
                ? ConnectionTypes.IsUnionSubtype(root, first) || ConnectionTypes.IsSubclass(root, first)
                : first.Kind == WireTypeKind.Any;
            if (!matches)
                return new(CollectionField, $"Collector outputs must connect to a collection input with a matching type ({EdgeAt(e)}: the collector gathers {root?.ToString() ?? "Any"}, which cannot go into {to})");
        }

        // Downstream collectors fed by this one must gather the same type.
        foreach (var e in OutEdges(node))
        {
            if (!_typed[e] || EdgeAt(e).Source.Field != CollectionField || EdgeAt(e).Destination.Field != CollectionField)
                continue;
            var downstream = _destination[e];
            if (!IsCollect(downstream))
                continue;
            var (downstreamRoot, downstreamTainted) = LooseRootType(downstream);
            if (downstreamTainted || downstreamRoot is null)
                continue;
            var matches = root is null
                ? downstreamRoot.Kind == WireTypeKind.Any
                : ConnectionTypes.AreCompatible(root, downstreamRoot);
            if (!matches)
                return new(CollectionField, $"Collector outputs must connect to a collection input with a matching type ({EdgeAt(e)}: the collector gathers {root?.ToString() ?? "Any"}, the next one {downstreamRoot})");
        }
        return null;
    }

    /// <summary>
    /// The server's "root type" of a collector's inputs as an iterator or an upstream collector sees it: <c>Any</c> when
    /// the inputs are only <c>Any</c> or have several roots, <see langword="null"/> when there are none.
    /// </summary>
    private (WireType? Root, bool Tainted) LooseRootType(int collector)
    {
        var (types, tainted) = ResolveCollector(collector);
        if (types.Count == 0)
            return (null, tainted);
        var roots = RootTypes(types);
        if (roots.Count == 0)
            return (WireType.Any, tainted); // only Any
        return (roots.Count == 1 ? roots[0] : WireType.Any, tainted);
    }

    /// <summary>The types among <paramref name="types"/> (<c>Any</c> left out) that derive from no other among them.</summary>
    private static List<WireType> RootTypes(HashSet<WireType> types)
    {
        var roots = new List<WireType>(1);
        foreach (var t in types)
        {
            if (t.Kind == WireTypeKind.Any)
                continue;
            var derived = false;
            foreach (var u in types)
            {
                if (u.Kind != WireTypeKind.Any && !ReferenceEquals(t, u) && !t.Equals(u) && ConnectionTypes.IsSubclass(t, u))
                {
                    derived = true;
                    break;
                }
            }
            if (!derived)
                roots.Add(t);
        }
        return roots;
    }

    /// <summary>
    /// The item types a collector gathers: of each <c>item</c> input, its type (or a list's or union's arguments, less
    /// <c>None</c>); of each <c>collection</c> input, its list item types, or, from another collector, what that one gathers.
    /// Tainted when an edge on the way was already reported, or the server cannot resolve the types (literal items), so the
    /// caller skips the rules that depend on it.
    /// </summary>
    private (HashSet<WireType> Types, bool Tainted) ResolveCollector(int collector)
    {
        if (_collectState.Length == 0)
        {
            _collectState = new byte[_nodeCount];
            _collectTypes = new HashSet<WireType>?[_nodeCount];
            _collectTainted = new bool[_nodeCount];
            _collectLiteralItem = new WireType?[_nodeCount];
        }
        if (_collectState[collector] != 2)
        {
            var stack = new Stack<(int Node, bool Expanded)>();
            stack.Push((collector, false));
            while (stack.Count > 0)
            {
                var (v, expanded) = stack.Pop();
                if (!expanded)
                {
                    if (_collectState[v] != 0)
                        continue;
                    _collectState[v] = 1;
                    stack.Push((v, true));
                    foreach (var e in InEdges(v))
                    {
                        if (IsChainedCollector(e) && _collectState[_source[e]] == 0)
                            stack.Push((_source[e], false));
                    }
                    continue;
                }
                var types = new HashSet<WireType>();
                var tainted = _flagged[v];
                foreach (var e in InEdges(v))
                {
                    if (!_typed[e])
                        continue;
                    var field = EdgeAt(e).Destination.Field;
                    if (field == ItemField)
                    {
                        var type = _sourceType[e]!;
                        if (type.Kind == WireTypeKind.Literal)
                        {
                            // The server resolves a literal item into its values and then fails on them; report it once, here.
                            _collectLiteralItem[v] ??= type;
                            tainted = true;
                        }
                        AddItemTypes(types, type);
                    }
                    else if (field == CollectionField)
                    {
                        if (IsChainedCollector(e))
                        {
                            var upstream = _source[e];
                            if (_collectState[upstream] == 2)
                            {
                                types.UnionWith(_collectTypes[upstream]!);
                                tainted |= _collectTainted[upstream];
                            }
                            // Still being resolved: a cycle, reported on its own; the server's walk skips it too.
                        }
                        else
                        {
                            AddCollectionItemTypes(types, _sourceType[e]!);
                        }
                    }
                }
                _collectTypes[v] = types;
                _collectTainted[v] = tainted;
                _collectState[v] = 2;
            }
        }
        return (_collectTypes[collector]!, _collectTainted[collector]);
    }

    private bool IsChainedCollector(int edge) =>
        _typed[edge] && EdgeAt(edge).Destination.Field == CollectionField && EdgeAt(edge).Source.Field == CollectionField && IsCollect(_source[edge]);

    /// <summary>An <c>item</c> input's contribution: the type itself, or the arguments of a list, dict or union, without <c>None</c>.</summary>
    private static void AddItemTypes(HashSet<WireType> types, WireType type)
    {
        switch (type.Kind)
        {
            case WireTypeKind.List or WireTypeKind.Dict or WireTypeKind.Union:
                foreach (var argument in type.Arguments)
                {
                    if (argument.Kind != WireTypeKind.None)
                        types.Add(argument);
                }
                break;
            case WireTypeKind.None:
                break;
            default:
                // A literal's arguments would be its values (see the caller); keep the literal as one type instead.
                types.Add(type);
                break;
        }
    }

    /// <summary>A <c>collection</c> input's item types (the server's <c>extract_collection_item_types</c>).</summary>
    private static void AddCollectionItemTypes(HashSet<WireType> types, WireType type)
    {
        if (ConnectionTypes.IsAny(type))
        {
            types.Add(WireType.Any);
            return;
        }
        if (type.Kind == WireTypeKind.List)
        {
            AddItems(types, type);
            return;
        }
        if (type.Kind != WireTypeKind.Union)
            return;
        foreach (var member in type.Arguments)
        {
            if (ConnectionTypes.IsAny(member))
                types.Add(WireType.Any);
            else if (member.Kind == WireTypeKind.List)
                AddItems(types, member);
        }

        static void AddItems(HashSet<WireType> types, WireType list)
        {
            if (list.Arguments[0].Kind != WireTypeKind.None)
                types.Add(list.Arguments[0]);
        }
    }
}
