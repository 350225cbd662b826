using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace GraphDsl.Validation;

/// <summary>What a <see cref="WireType"/> is, mirroring the python annotation it stands for.</summary>
public enum WireTypeKind
{
    /// <summary><c>Any</c>.</summary>
    Any,

    /// <summary><c>None</c> (python's <c>NoneType</c>), only ever a member of a union.</summary>
    None,

    /// <summary>A class by name: <c>int</c>, <c>float</c>, <c>str</c>, <c>bool</c>, or a schema object such as <c>ImageField</c>.</summary>
    Class,

    /// <summary><c>Literal[Name]</c>: an enum by its generated name; its values are not known.</summary>
    Literal,

    /// <summary><c>list[T]</c>.</summary>
    List,

    /// <summary><c>dict[K, V]</c>.</summary>
    Dict,

    /// <summary><c>A|B|…</c>: two or more distinct members, in the order written.</summary>
    Union,
}

/// <summary>
/// A field type in the server's notation as the generator writes it into descriptors (<c>int</c>,
/// <c>ImageField|None</c>, <c>float|list[float]</c>, <c>Literal[Scheduler]</c>, <c>list[Any]</c>, <c>dict[str, Any]</c>, …),
/// parsed into the shape of the python annotation it stands for, so the server's typing rules can be applied to it.
/// </summary>
/// <remarks>
/// Equality follows python's: a union equals another with the same members in any order; classes and literals compare by name.
/// </remarks>
public sealed class WireType : IEquatable<WireType>
{
    private static readonly WireType[] NoArguments = [];
    private readonly int _hash;

    private WireType(WireTypeKind kind, string name, WireType[] arguments)
    {
        Kind = kind;
        Name = name;
        Arguments = arguments;
        _hash = ComputeHash(kind, name, arguments);
    }

    /// <summary><c>Any</c>.</summary>
    public static WireType Any { get; } = new(WireTypeKind.Any, "Any", NoArguments);

    /// <summary><c>None</c>.</summary>
    public static WireType None { get; } = new(WireTypeKind.None, "None", NoArguments);

    /// <summary><c>int</c>.</summary>
    public static WireType Int { get; } = new(WireTypeKind.Class, "int", NoArguments);

    /// <summary><c>float</c>.</summary>
    public static WireType Float { get; } = new(WireTypeKind.Class, "float", NoArguments);

    /// <summary><c>str</c>.</summary>
    public static WireType Str { get; } = new(WireTypeKind.Class, "str", NoArguments);

    /// <summary><c>bool</c>.</summary>
    public static WireType Bool { get; } = new(WireTypeKind.Class, "bool", NoArguments);

    /// <summary>What this type is.</summary>
    public WireTypeKind Kind { get; }

    /// <summary>The class or literal name (<c>int</c>, <c>ImageField</c>, <c>Scheduler</c> for <c>Literal[Scheduler]</c>); <c>Any</c>, <c>None</c>, <c>list</c>, <c>dict</c> or <c>Union</c> otherwise.</summary>
    public string Name { get; }

    /// <summary>
    /// The type arguments, as python's <c>typing.get_args</c> gives them for everything but literals:
    /// the item of a list, the key and value of a dict, the members of a union; empty otherwise.
    /// A literal's arguments are its values, which the notation does not carry, so they are empty here.
    /// </summary>
    public IReadOnlyList<WireType> Arguments { get; }

    /// <summary>Whether this is a union with a <c>None</c> member (<c>T|None</c>).</summary>
    public bool IsOptional => Kind == WireTypeKind.Union && Arguments.Contains(None);

    /// <summary>A class by name.</summary>
    /// <param name="name">The class name, e.g. <c>int</c> or <c>ImageField</c>.</param>
    public static WireType Class(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name switch
        {
            "int" => Int,
            "float" => Float,
            "str" => Str,
            "bool" => Bool,
            _ => new(WireTypeKind.Class, name, NoArguments),
        };
    }

    /// <summary><c>Literal[name]</c>.</summary>
    /// <param name="name">The generated enum name.</param>
    public static WireType Literal(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(WireTypeKind.Literal, name, NoArguments);
    }

    /// <summary><c>list[item]</c>.</summary>
    /// <param name="item">The item type.</param>
    public static WireType List(WireType item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(WireTypeKind.List, "list", [item]);
    }

    /// <summary><c>dict[key, value]</c>.</summary>
    /// <param name="key">The key type.</param>
    /// <param name="value">The value type.</param>
    public static WireType Dict(WireType key, WireType value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new(WireTypeKind.Dict, "dict", [key, value]);
    }

    /// <summary>The union of <paramref name="members"/> as python builds it: nested unions flattened, repeats dropped, a single member standing alone.</summary>
    /// <param name="members">The members, at least one.</param>
    public static WireType Union(params IEnumerable<WireType> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var flat = new List<WireType>();
        foreach (var member in members)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
            if (member.Kind == WireTypeKind.Union)
            {
                foreach (var inner in member.Arguments)
                {
                    if (!flat.Contains(inner))
                        flat.Add(inner);
                }
            }
            else if (!flat.Contains(member))
            {
                flat.Add(member);
            }
        }
        return flat.Count switch
        {
            0 => throw new ArgumentException("A union needs at least one member.", nameof(members)),
            1 => flat[0],
            _ => new(WireTypeKind.Union, "Union", flat.ToArray()),
        };
    }

    /// <summary>Parses the notation the generator writes (<c>int</c>, <c>X|None</c>, <c>list[X]</c>, <c>X|list[X]|None</c>, <c>Literal[E]</c>, <c>Any</c>, <c>dict[str, Any]</c>, …).</summary>
    /// <param name="text">The wire type.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is not in that notation.</exception>
    public static WireType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        return parser.ParseAll() ?? throw new FormatException($"'{text}' is not a wire type: {parser.Error}.");
    }

    /// <summary>Parses the notation the generator writes; <see langword="false"/> when <paramref name="text"/> is not in it.</summary>
    /// <param name="text">The wire type.</param>
    /// <param name="type">The parsed type.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out WireType? type)
    {
        type = text is null ? null : new Parser(text).ParseAll();
        return type is not null;
    }

    /// <inheritdoc/>
    public bool Equals(WireType? other)
    {
        if (ReferenceEquals(this, other))
            return true;
        if (other is null || other.Kind != Kind || other._hash != _hash || other.Name != Name || other.Arguments.Count != Arguments.Count)
            return false;
        if (Kind == WireTypeKind.Union)
        {
            foreach (var member in Arguments)
            {
                if (!other.Arguments.Contains(member))
                    return false;
            }
            return true;
        }
        for (var i = 0; i < Arguments.Count; i++)
        {
            if (!Arguments[i].Equals(other.Arguments[i]))
                return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WireType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>The type in the generator's notation, e.g. <c>ImageField|list[ImageField]|None</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, this);
        return text.ToString();
    }

    private static void Append(StringBuilder text, WireType type)
    {
        switch (type.Kind)
        {
            case WireTypeKind.Literal:
                text.Append("Literal[").Append(type.Name).Append(']');
                break;
            case WireTypeKind.List:
                text.Append("list[");
                Append(text, type.Arguments[0]);
                text.Append(']');
                break;
            case WireTypeKind.Dict:
                text.Append("dict[");
                Append(text, type.Arguments[0]);
                text.Append(", ");
                Append(text, type.Arguments[1]);
                text.Append(']');
                break;
            case WireTypeKind.Union:
                for (var i = 0; i < type.Arguments.Count; i++)
                {
                    if (i > 0)
                        text.Append('|');
                    Append(text, type.Arguments[i]);
                }
                break;
            default:
                text.Append(type.Name);
                break;
        }
    }

    private static int ComputeHash(WireTypeKind kind, string name, WireType[] arguments)
    {
        var hash = HashCode.Combine(kind, name, arguments.Length);
        if (kind == WireTypeKind.Union)
        {
            // Order-insensitive, as python's union equality is.
            var sum = 0;
            foreach (var member in arguments)
                sum += member._hash;
            return HashCode.Combine(hash, sum);
        }
        foreach (var argument in arguments)
            hash = HashCode.Combine(hash, argument._hash);
        return hash;
    }

    private ref struct Parser(string text)
    {
        private readonly string _text = text;
        private int _position;

        public string? Error { get; private set; }

        public WireType? ParseAll()
        {
            var type = ParseUnion();
            SkipSpace();
            if (type is not null && _position != _text.Length)
                return Fail($"unexpected '{_text[_position]}' at {_position}");
            return type;
        }

        private WireType? ParseUnion()
        {
            var first = ParseTerm();
            if (first is null)
                return null;
            SkipSpace();
            if (!Peek('|'))
                return first;
            var members = new List<WireType> { first };
            while (Accept('|'))
            {
                var next = ParseTerm();
                if (next is null)
                    return null;
                members.Add(next);
                SkipSpace();
            }
            return Union(members);
        }

        private WireType? ParseTerm()
        {
            SkipSpace();
            var start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_' || _text[_position] == '.'))
                _position++;
            if (_position == start)
                return Fail(_position < _text.Length ? $"expected a type name at {_position}, not '{_text[_position]}'" : "expected a type name at the end");
            var name = _text[start.._position];
            SkipSpace();
            if (!Accept('['))
            {
                return name switch
                {
                    "Any" => WireType.Any,
                    "None" or "NoneType" => WireType.None,
                    "list" or "dict" or "Literal" => Fail($"'{name}' needs type arguments"),
                    _ => Class(name),
                };
            }
            switch (name)
            {
                case "list":
                {
                    var item = ParseUnion();
                    return item is not null && Expect(']') ? List(item) : null;
                }
                case "dict":
                {
                    var key = ParseUnion();
                    if (key is null || !Expect(','))
                        return null;
                    var value = ParseUnion();
                    return value is not null && Expect(']') ? Dict(key, value) : null;
                }
                case "Literal":
                {
                    SkipSpace();
                    var nameStart = _position;
                    while (_position < _text.Length && _text[_position] != ']')
                        _position++;
                    var literal = _text[nameStart.._position].Trim();
                    if (literal.Length == 0)
                        return Fail("a literal needs a name");
                    return Expect(']') ? WireType.Literal(literal) : null;
                }
                default:
                    return Fail($"unknown generic '{name}'");
            }
        }

        private void SkipSpace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
                _position++;
        }

        private readonly bool Peek(char c) => _position < _text.Length && _text[_position] == c;

        private bool Accept(char c)
        {
            SkipSpace();
            if (!Peek(c))
                return false;
            _position++;
            return true;
        }

        private bool Expect(char c)
        {
            if (Accept(c))
                return true;
            Fail($"expected '{c}' at {_position}");
            return false;
        }

        private WireType? Fail(string error)
        {
            Error ??= error;
            return null;
        }
    }
}
