using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

internal static class EnumViews
{
    public static EnumsView Create(EquatableArray<EnumSpec> enums, string ns, bool isWireEnums, EmitScratch scratch) => new()
    {
        Namespace = ns,
        IsWireEnums = isWireEnums,
        Enums = enums.Select(e => Create(e, ns, scratch)).ToList(),
    };

    private static EnumView Create(EnumSpec spec, string ns, EmitScratch scratch)
    {
        var summary = XmlDoc.Lines(spec.Description);
        if (summary.Count == 0)
            summary.Add($"The literal values of {string.Join(", ", spec.UsedBy.Take(3).Select(XmlDoc.Code))}{(spec.UsedBy.Count > 3 ? " and others" : "")}.");
        var codecType = spec.IsInteger ? "IntegerEnumCodec" : "EnumCodec";
        return new EnumView
        {
            Name = spec.Name,
            IsInteger = spec.IsInteger,
            CodecType = $"global::GraphDsl.Serialization.{codecType}<global::{ns}.{spec.Name}>",
            CodecArguments = spec.IsInteger
                ? string.Join(", ", spec.Members.Select(m => m.Wire + "L"))
                : string.Join(", ", spec.Members.Select(m => Parsing.DefaultLiterals.StringLiteral(m.Wire))),
            Doc = XmlDoc.Block(scratch, "", summary,
            [
                "Each member is written as the server's literal shown on it (" + (spec.IsInteger ? "an integer" : "a string") + "); see <see cref=\"global::" + ns + ".WireEnums\"/>.",
                "Used by: " + string.Join(", ", spec.UsedBy.Select(XmlDoc.Code)) + ".",
            ]),
            Members = spec.Members.Select(m => new EnumMemberView
            {
                Name = m.Name,
                Summary = XmlDoc.Code(m.Wire) + (m.Label is null ? "" : $" ({XmlDoc.Escape(m.Label)})"),
            }).ToList(),
        };
    }
}
