using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

internal static class NodeViews
{
    private static readonly Dictionary<string, string> ClassificationNames = new()
    {
        ["stable"] = "Stable", ["beta"] = "Beta", ["prototype"] = "Prototype",
        ["deprecated"] = "Deprecated", ["internal"] = "Internal", ["special"] = "Special",
    };

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
        var descriptorInitializer = new List<string>
        {
            $"Title = {Literal(node.Title)}",
            $"Category = {Literal(node.Category)}",
            $"Tags = {Invariant.Strings(node.Tags)}",
            $"Classification = global::GraphDsl.NodeClassification.{ClassificationNames[node.Classification]}",
            $"NodePack = {Literal(node.NodePack)}",
        };
        if (!node.UseCacheDefault)
            descriptorInitializer.Add("UseCacheDefault = false");

        return new NodeView
        {
            Namespace = ns,
            ClassName = node.ClassName,
            OutputClass = outputClass,
            WireTypeDoc = XmlDoc.Code(node.WireType),
            Summary = summary,
            Remarks =
            [
                string.Join("; ", facts) + ".",
                $"Output: <see cref=\"{outputClass}\"/>, through <see cref=\"global::GraphDsl.Invocation{{TOutput, TPorts}}.Out\"/>.",
            ],
            Obsolete = node.Classification == "deprecated" ? Parsing.DefaultLiterals.StringLiteral($"The InvokeAI node '{node.WireType}' is deprecated.") : null,
            DescriptorArguments = $"{Literal(node.WireType)}, {Literal(node.Version)}, {outputClass}.OutputType, {outputClass}.Fields",
            DescriptorInitializer = string.Join(", ", descriptorInitializer),
            Inputs = node.Inputs.Select((input, index) => CreateInput(input, index, ns)).ToList(),
        };
    }

    private static InputView CreateInput(InputSpec input, int index, string ns)
    {
        var isDirect = input.Kind == InputKindSpec.Direct;
        var hasDefault = input.DefaultExpression is not null;
        var type = isDirect ? TypeSyntax.Value(input.Type, ns, forceNullable: !input.IsRequired && !hasDefault) : TypeSyntax.Wrapper(input, ns);

        var summary = XmlDoc.Lines(input.Description);
        if (summary.Count == 0)
            summary.Add(input.Title is null ? $"The {XmlDoc.Code(input.WireName)} input." : $"{XmlDoc.Escape(input.Title)}.");

        var kind = input.Kind switch
        {
            InputKindSpec.Connection => "takes an edge only (input kind <c>connection</c>)",
            InputKindSpec.Direct => "takes a literal only (input kind <c>direct</c>)",
            _ => "takes a literal or an edge (input kind <c>any</c>)",
        };
        var remarks = new List<string> { $"Field {XmlDoc.Code(input.WireName)} of type {XmlDoc.Code(input.Type.WireText)}; {kind}." };
        if (input.IsRequired)
            remarks.Add("Required: the server needs a value or an edge to run the node.");
        if (input.DefaultJson is not null && !input.IsRequired)
            remarks.Add($"Default: {XmlDoc.Code(XmlDoc.DefaultText(input.DefaultJson))}; an unset input is not sent, and the server applies it.");
        if (input.Bounds is { } bounds)
            remarks.Add("Bounds: " + BoundsText(bounds) + ", checked when a value is set.");
        if (input.IsUntyped)
            remarks.Add("GraphDsl could not type this field from the schema (warning GDSL004); it takes any value.");

        var boundsPart = input.Bounds is { } b ? $", Bounds = {BoundsExpression(b)}" : "";
        var defaultPart = hasDefault ? $", Default = {input.DefaultExpression}" : "";
        var requiredPart = input.IsRequired ? ", IsRequired = true" : "";
        var initializer = requiredPart + defaultPart + boundsPart;
        var descriptor = $"new({Literal(input.WireName)}, {Literal(input.PropertyName)}, global::GraphDsl.InputKind.{input.Kind}, {Literal(input.Type.WireText)}, {TypeSyntax.Codec(input.Type, ns)})"
            + (initializer.Length > 0 ? " { " + initializer.Substring(2) + " }" : "");

        return new InputView
        {
            Name = input.PropertyName,
            Type = type,
            Required = input.IsRequired,
            Getter = isDirect ? $"GetValue<{type}>({index})" : $"GetInput<{type}>({index})",
            Setter = isDirect ? $"SetValue({index}, value)" : $"SetInput({index}, value)",
            Descriptor = descriptor,
            Summary = summary,
            Remarks = remarks,
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

    private static string BoundsExpression(BoundsSpec bounds)
    {
        var parts = new List<string>();
        if (bounds.Minimum is { } min) parts.Add($"Minimum = {Invariant.Number(min)}");
        if (bounds.Maximum is { } max) parts.Add($"Maximum = {Invariant.Number(max)}");
        if (bounds.ExclusiveMinimum is { } emin) parts.Add($"ExclusiveMinimum = {Invariant.Number(emin)}");
        if (bounds.ExclusiveMaximum is { } emax) parts.Add($"ExclusiveMaximum = {Invariant.Number(emax)}");
        if (bounds.MultipleOf is { } step) parts.Add($"MultipleOf = {Invariant.Number(step)}");
        return "new() { " + string.Join(", ", parts) + " }";
    }

    internal static string Literal(string? value) => value is null ? "null" : Parsing.DefaultLiterals.StringLiteral(value);
}
