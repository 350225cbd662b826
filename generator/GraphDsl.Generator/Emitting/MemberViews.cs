using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

internal static class MemberViews
{
    private const string Helpers = "global::GraphDsl.Serialization.WireObjects.";

    public static MembersView Create(OutputSpec output, string ns, EmitScratch scratch)
    {
        var summary = XmlDoc.Lines(output.Description);
        if (summary.Count == 0)
            summary.Add($"The {XmlDoc.Code(output.WireType)} output.");
        return new MembersView
        {
            Namespace = ns,
            ClassName = output.ClassName,
            IsOutput = true,
            WireTypeLiteral = Parsing.DefaultLiterals.StringLiteral(output.WireType),
            Doc = XmlDoc.Block(scratch, "", summary, [$"Output type {XmlDoc.Code(output.WireType)}. A node's result reads into this class; its <see cref=\"Ports\"/> are the node's <c>Out</c>."]),
            Members = output.Fields.Select(f => Create(f, ns, output.ClassName, isOutput: true, scratch)).ToList(),
        };
    }

    public static MembersView Create(ObjectSpec obj, string ns, EmitScratch scratch)
    {
        var summary = XmlDoc.Lines(obj.Description);
        if (summary.Count == 0)
            summary.Add($"The {XmlDoc.Code(obj.SchemaName)} schema object.");
        return new MembersView
        {
            Namespace = ns,
            ClassName = obj.ClassName,
            IsOutput = false,
            Doc = XmlDoc.Block(scratch, "", summary, [$"Schema {XmlDoc.Code(obj.SchemaName)}."]),
            Members = obj.Fields.Select(f => Create(f, ns, obj.ClassName, isOutput: false, scratch)).ToList(),
        };
    }

    private static MemberView Create(MemberSpec member, string ns, string className, bool isOutput, EmitScratch scratch)
    {
        // Outputs always carry every field (possibly null); objects follow the schema's `required`.
        var required = member.IsRequired && member.Type.Shape != FieldShape.Any;
        var type = TypeSyntax.Value(member.Type, ns, forceNullable: !required);
        var codec = TypeSyntax.Codec(member.Type, ns);
        var wire = Parsing.DefaultLiterals.StringLiteral(member.WireName);
        var nullable = type.EndsWith("?");
        var valueType = member.Type.Item is { } item
            ? member.Type.Shape is FieldShape.Exact or FieldShape.Optional ? CSharpTypeNames.IsValueType(item) : member.Type.Shape is FieldShape.OneOrMany or FieldShape.OptionalOneOrMany
            : true;
        var optionalSuffix = valueType ? "OptionalValue" : "Optional";

        var summary = XmlDoc.Lines(member.Description);
        if (summary.Count == 0)
            summary.Add($"The {XmlDoc.Code(member.WireName)} field.");
        string[] remarks = [$"{XmlDoc.Code(member.WireName)}: {XmlDoc.Code(member.Type.WireText)}."];

        return new MemberView
        {
            Name = member.PropertyName,
            WireNameLiteral = wire,
            WireTypeLiteral = Parsing.DefaultLiterals.StringLiteral(member.Type.WireText),
            Type = type,
            PortType = TypeSyntax.Port(member.Type, ns),
            Required = required,
            Write = nullable ? $"{Helpers}Write{optionalSuffix}(writer, {wire}, {member.PropertyName}, {codec})" : $"{Helpers}Write(writer, {wire}, {member.PropertyName}, {codec})",
            Read = nullable ? $"{Helpers}Read{optionalSuffix}(element, {wire}, {codec})" : $"{Helpers}Read(element, {wire}, {codec})",
            Doc = XmlDoc.Block(scratch, "    ", summary, remarks),
            PortDoc = isOutput ? $"        /// <inheritdoc cref=\"{className}.{member.PropertyName}\"/>" : "",
        };
    }
}
