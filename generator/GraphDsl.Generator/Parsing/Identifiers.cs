using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GraphDsl.Generator.Parsing;

/// <summary>Turns schema names into valid, readable C# identifiers.</summary>
public static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "record", "var", "dynamic", "value", "field",
    };

    /// <summary><c>positive_conditioning</c> → <c>PositiveConditioning</c>; <c>sd-1</c> → <c>Sd1</c>.</summary>
    public static string PascalCase(string name, string fallback = "Value")
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (builder.Length == 0)
            return fallback;
        if (char.IsDigit(builder[0]))
            builder.Insert(0, fallback);
        return builder.ToString();
    }

    /// <summary>A schema key kept as written where it is a valid identifier (<c>AddInvocation</c>, <c>SAMPoint</c>).</summary>
    public static string TypeName(string schemaKey)
    {
        var builder = new StringBuilder(schemaKey.Length);
        foreach (var c in schemaKey)
            builder.Append(char.IsLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        if (builder.Length == 0 || char.IsDigit(builder[0]))
            builder.Insert(0, '_');
        var result = builder.ToString();
        if (Keywords.Contains(result))
            return "@" + result;
        // An all-lower-case type name draws warning CS8981: capitalise it.
        return result.All(c => c is >= 'a' and <= 'z') ? char.ToUpperInvariant(result[0]) + result.Substring(1) : result;
    }

    /// <summary>Whether <paramref name="ns"/> is a dotted sequence of identifiers.</summary>
    public static bool IsValidNamespace(string ns)
    {
        if (string.IsNullOrEmpty(ns))
            return false;
        foreach (var part in ns.Split('.'))
        {
            if (part.Length == 0 || Keywords.Contains(part) || !(char.IsLetter(part[0]) || part[0] == '_'))
                return false;
            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                    return false;
            }
        }
        return true;
    }

    /// <summary>An enum member for a wire value: <c>euler_a</c> → <c>EulerA</c>, <c>-1</c> → <c>Minus1</c>.</summary>
    public static string EnumMember(string wire, bool isInteger)
    {
        if (isInteger)
            return wire.StartsWith("-", StringComparison.Ordinal) ? "Minus" + wire.Substring(1) : "Value" + wire;
        if (wire.Length == 0)
            return "Empty";
        // Upper-case words read as words: ADD → Add, RGB_A → RgbA.
        var words = wire.Split(new[] { '_', '-', ' ', '.', '/', ':' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w.Substring(0, 1) + w.Substring(1).ToLowerInvariant() : w);
        return PascalCase(string.Join("_", words));
    }

    /// <summary>Adds a numeric suffix until <paramref name="candidate"/> is not in <paramref name="taken"/>, then takes it.</summary>
    public static string Unique(string candidate, ISet<string> taken)
    {
        var result = candidate;
        for (var i = 2; !taken.Add(result); i++)
            result = candidate + i.ToString(CultureInfo.InvariantCulture);
        return result;
    }
}
