using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

internal static class NodeViews
{
    public static NodeView Create(NodeSpec node, string ns, EmitScratch scratch)
    {
        var summary = XmlDoc.Lines(node.Description);
        if (summary.Count == 0)
            summary.Add($"The {XmlDoc.Code(node.WireType)} node{(node.Title is null ? "" : $" ({XmlDoc.Escape(node.Title)})")}.");

        var facts = new List<string> { $"Node type {XmlDoc.Code(node.WireType)}", $"version {XmlDoc.Code(node.Version)}" };
        if (node.Title is not null)
            facts.Add($"title “{XmlDoc.Escape(node.Title)}”");
        if (node.Category is not null)
            facts.Add($"category {XmlDoc.Code(node.Category)}");
        if (node.Tags.Count > 0)
            facts.Add("tags: " + string.Join(", ", node.Tags.Select(XmlDoc.Escape)));
        facts.Add($"classification {XmlDoc.Code(node.Classification)}");
        if (node.NodePack is not null)
            facts.Add($"node pack {XmlDoc.Code(node.NodePack)}");

        var outputClass = node.OutputClassName;
        return new NodeView
        {
            Namespace = ns,
            ClassName = node.ClassName,
            OutputClass = outputClass,
            WireTypeDoc = XmlDoc.Code(node.WireType),
            Doc = XmlDoc.Block(scratch, "", summary, [$"{string.Join("; ", facts)}. Output: <see cref=\"{outputClass}\"/>, through <c>Out</c>."]),
            Obsolete = node.Classification == "deprecated" ? Parsing.DefaultLiterals.StringLiteral($"The InvokeAI node '{node.WireType}' is deprecated.") : null,
            DefinitionJson = scratch.Descriptors.Write(node),
            Inputs = node.Inputs.Select((input, index) => CreateInput(input, index, ns, scratch)).ToList(),
        };
    }

    private static InputView CreateInput(InputSpec input, int index, string ns, EmitScratch scratch)
    {
        var isDirect = input.Kind == InputKindSpec.Direct;
        var hasDefault = input.HasTypedDefault;
        var type = isDirect ? TypeSyntax.Value(input.Type, ns, forceNullable: !input.IsRequired && !hasDefault) : TypeSyntax.Wrapper(input, ns);

        var summary = XmlDoc.Lines(input.Description);
        if (summary.Count == 0)
            summary.Add(input.Title is null ? $"The {XmlDoc.Code(input.WireName)} input." : $"{XmlDoc.Escape(input.Title)}.");

        var kind = input.Kind switch
        {
            InputKindSpec.Connection => "edge only",
            InputKindSpec.Direct => "literal only",
            _ => "literal or edge",
        };
        var remarks = scratch.ClearedText().AppendCode(input.WireName).Append(": ").AppendCode(input.Type.WireText).Append(", ").Append(kind).Append('.');
        if (input.IsRequired)
            remarks.Append(" Required.");
        if (input.DefaultJson is not (null or "null") && !input.IsRequired)
            remarks.Append(" Default ").AppendCode(XmlDoc.DefaultText(input.DefaultJson)).Append('.');
        if (input.Bounds is { } bounds)
            remarks.Append(" Bounds: ").Append(BoundsText(bounds)).Append('.');
        if (input.IsUntyped)
            remarks.Append(" Untyped (GDSL004): takes any value.");
        var remarksText = remarks.ToString();

        return new InputView
        {
            Name = input.PropertyName,
            Type = type,
            Required = input.IsRequired,
            Accessor = isDirect ? "Value" : "Input",
            Index = index.ToString(CultureInfo.InvariantCulture),
            Doc = XmlDoc.Block(scratch, "    ", summary, [remarksText]),
        };
    }

    private static string BoundsText(BoundsSpec bounds)
    {
        var parts = new List<string>();
        if (bounds.Minimum is { } min) parts.Add($"≥ {Invariant.Number(min).TrimEnd('D')}");
        if (bounds.ExclusiveMinimum is { } emin) parts.Add($"&gt; {Invariant.Number(emin).TrimEnd('D')}");
        if (bounds.Maximum is { } max) parts.Add($"≤ {Invariant.Number(max).TrimEnd('D')}");
        if (bounds.ExclusiveMaximum is { } emax) parts.Add($"&lt; {Invariant.Number(emax).TrimEnd('D')}");
        if (bounds.MultipleOf is { } step) parts.Add($"a multiple of {Invariant.Number(step).TrimEnd('D')}");
        return string.Join(", ", parts);
    }

}
