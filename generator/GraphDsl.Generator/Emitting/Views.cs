using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

// What the templates print: every string already in its final C# form.

internal sealed class NodeView
{
    public string Namespace { get; set; } = "";
    public string ClassName { get; set; } = "";
    public string OutputClass { get; set; } = "";
    public string Doc { get; set; } = "";
    public string? Obsolete { get; set; }
    public string DefinitionJson { get; set; } = "";
    public string WireTypeDoc { get; set; } = "";
    public List<InputView> Inputs { get; set; } = [];
}

internal sealed class InputView
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public bool Required { get; set; }
    /// <summary><c>Input</c> or <c>Value</c>: the base class's <c>Get…</c>/<c>Set…</c> pair the property goes through.</summary>
    public string Accessor { get; set; } = "";
    /// <summary>The input's position in the descriptor.</summary>
    public string Index { get; set; } = "";
    public string Doc { get; set; } = "";
}

internal sealed class MembersView
{
    public string Namespace { get; set; } = "";
    public string ClassName { get; set; } = "";
    public bool IsOutput { get; set; }
    public string WireTypeLiteral { get; set; } = "";
    public string Doc { get; set; } = "";
    public List<MemberView> Members { get; set; } = [];
}

internal sealed class MemberView
{
    public string Name { get; set; } = "";
    public string WireNameLiteral { get; set; } = "";
    public string WireTypeLiteral { get; set; } = "";
    public string Type { get; set; } = "";
    public string PortType { get; set; } = "";
    public bool Required { get; set; }
    public string Write { get; set; } = "";
    public string Read { get; set; } = "";
    public string Doc { get; set; } = "";
    public string PortDoc { get; set; } = "";
}

internal sealed class EnumsView
{
    public string Namespace { get; set; } = "";
    public bool IsWireEnums { get; set; }
    public List<EnumView> Enums { get; set; } = [];
}

internal sealed class EnumView
{
    public string Name { get; set; } = "";
    public bool IsInteger { get; set; }
    public string CodecType { get; set; } = "";
    public string CodecArguments { get; set; } = "";
    public string Doc { get; set; } = "";
    public List<EnumMemberView> Members { get; set; } = [];
}

internal sealed class EnumMemberView
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public string Summary { get; set; } = "";
}

internal static class Invariant
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "D";

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);

    public static string Strings(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(Parsing.DefaultLiterals.StringLiteral)) + "]";
}

internal sealed class CatalogView
{
    public string Namespace { get; set; } = "";
    public List<CatalogEntryView> Entries { get; set; } = [];
    public List<ItemCodecView> ItemCodecs { get; set; } = [];
}

internal sealed class ItemCodecView
{
    public string NameLiteral { get; set; } = "";
    public string Codec { get; set; } = "";
}

internal sealed class CatalogEntryView
{
    public string WireTypeLiteral { get; set; } = "";
    public string ClassName { get; set; } = "";
}
