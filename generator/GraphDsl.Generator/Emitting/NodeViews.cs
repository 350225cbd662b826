using System.Collections.Generic;
using System.Linq;
using System.Text;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

internal static class NodeViews
{
    public static NodeView Create(NodeSpec node, string ns)
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
            Doc = XmlDoc.Block("", summary, [$"{string.Join("; ", facts)}. Output: <see cref=\"{outputClass}\"/>, through <c>Out</c>."]),
            Obsolete = node.Classification == "deprecated" ? Parsing.DefaultLiterals.StringLiteral($"The InvokeAI node '{node.WireType}' is deprecated.") : null,
            DefinitionJson = DescriptorJson.Write(node),
            Inputs = node.Inputs.Select((input, index) => CreateInput(input, index, ns)).ToList(),
        };
    }

    private static InputView CreateInput(InputSpec input, int index, string ns)
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
        var remarks = new StringBuilder(160).Append(XmlDoc.Code(input.WireName)).Append(": ").Append(XmlDoc.Code(input.Type.WireText)).Append(", ").Append(kind).Append('.');
        if (input.IsRequired)
            remarks.Append(" Required.");
        if (input.DefaultJson is not (null or "null") && !input.IsRequired)
            remarks.Append($" Default {XmlDoc.Code(XmlDoc.DefaultText(input.DefaultJson))}.");
        if (input.Bounds is { } bounds)
            remarks.Append(" Bounds: " + BoundsText(bounds) + ".");
        if (input.IsUntyped)
            remarks.Append(" Untyped (GDSL004): takes any value.");

        return new InputView
        {
            Name = input.PropertyName,
            Type = type,
            Required = input.IsRequired,
            Getter = isDirect ? $"GetValue<{type}>({index})" : $"GetInput<{type}>({index})",
            Setter = isDirect ? $"SetValue({index}, value)" : $"SetInput({index}, value)",
            Doc = XmlDoc.Block("    ", summary, [remarks.ToString()]),
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
