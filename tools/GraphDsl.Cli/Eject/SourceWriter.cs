using System.Text;

namespace GraphDsl.Cli.Eject;

/// <summary>Writes an <see cref="EjectPlan"/> as a C# file: a static class with one <c>Build</c> method.</summary>
internal static class SourceWriter
{
    private const string Body = "        ";
    private const int LineLength = 120;

    /// <summary>The C# file of <paramref name="plan"/>.</summary>
    public static string Write(EjectPlan plan, EjectRequest request, Bindings bindings, ValueWriter values)
    {
        var text = new StringBuilder();
        if (values.UsesJson)
            text.Append("using System.Text.Json;\n");
        text.Append("using GraphDsl;\n");
        text.Append("using ").Append(bindings.Namespace).Append(";\n\n");
        if (plan.Namespace is not null)
            text.Append("namespace ").Append(plan.Namespace).Append(";\n\n");

        WriteClassDoc(text, request);
        text.Append("public static class ").Append(plan.ClassName).Append("\n{\n");
        WriteMethodDoc(text, request, plan);
        WriteSignature(text, plan, bindings);
        text.Append("    {\n");
        text.Append(Body).Append("var g = new ").Append(bindings.Runtime("GraphBuilder")).Append("(graphId);\n");

        var previousMultiLine = true;
        foreach (var node in plan.Nodes)
        {
            var block = Block(node, bindings);
            var multiLine = block.Contains('\n', StringComparison.Ordinal);
            if (multiLine || previousMultiLine)
                text.Append('\n');
            text.Append(Indent(block, Body)).Append('\n');
            previousMultiLine = multiLine;
        }
        if (plan.Deferred.Count > 0)
        {
            text.Append('\n');
            foreach (var statement in plan.Deferred)
                text.Append(Body).Append(statement).Append('\n');
        }
        text.Append('\n').Append(Body).Append("return g.Build();\n");
        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static void WriteClassDoc(StringBuilder text, EjectRequest request)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) ? "An InvokeAI workflow." : request.Name.Trim();
        text.Append("/// <summary>").Append(Xml(name)).Append("</summary>\n");
        var description = Lines(request.Description);
        if (description.Count == 0)
            return;
        text.Append("/// <remarks>\n");
        foreach (var line in description)
            text.Append("/// ").Append(Xml(line)).Append('\n');
        text.Append("/// </remarks>\n");
    }

    private static void WriteMethodDoc(StringBuilder text, EjectRequest request, EjectPlan plan)
    {
        var name = string.IsNullOrWhiteSpace(request.Name) ? "the workflow" : $"the workflow “{Xml(request.Name.Trim())}”";
        text.Append("    /// <summary>Builds the graph of ").Append(name).Append(", with the workflow's node ids.</summary>\n");
        foreach (var parameter in plan.Parameters)
            text.Append("    /// <param name=\"").Append(parameter.Name).Append("\">").Append(parameter.Doc).Append("</param>\n");
        text.Append("    /// <param name=\"graphId\">The graph id; a new GUID when omitted.</param>\n");
        text.Append("    /// <returns>The graph, validated as the server would validate it.</returns>\n");
        text.Append("    /// <exception cref=\"GraphValidationException\">The graph breaks a rule of the server's; every problem is listed.</exception>\n");
    }

    private static void WriteSignature(StringBuilder text, EjectPlan plan, Bindings bindings)
    {
        var graph = bindings.Runtime("Graph");
        if (plan.Parameters.Count == 0)
        {
            text.Append("    public static ").Append(graph).Append(" Build(string? graphId = null)\n");
            return;
        }
        text.Append("    public static ").Append(graph).Append(" Build(\n");
        foreach (var parameter in plan.Parameters)
            text.Append(Body).Append(parameter.Declaration()).Append(",\n");
        text.Append(Body).Append("string? graphId = null)\n");
    }

    // One node: its declaration, then the statements that use its variable.
    private static string Block(NodePlan node, Bindings bindings)
    {
        var id = CSharpLiterals.Escaped(node.Node.Id);
        var prefix = node.NeedsVariable ? $"var {node.Variable} = " : "";
        var declaration = node.Form switch
        {
            NodeForm.Collect => Call($"{prefix}g.Collect(", [id, .. node.Arguments]),
            NodeForm.Iterate => Call($"{prefix}g.Iterate(", [node.Arguments[0], $"id: {id}"]),
            NodeForm.Untyped => $"{prefix}g.Add(new {bindings.Runtime("UntypedInvocation")}({CSharpLiterals.Escaped(node.Node.Type)}), id: {id});",
            _ => Typed(prefix, bindings.Type(node.Spec!.ClassName), node.Initializers, id),
        };
        return node.After.Count == 0 ? declaration : declaration + "\n" + string.Join("\n", node.After);
    }

    private static string Typed(string prefix, string className, List<string> initializers, string id)
    {
        if (initializers.Count == 0)
            return $"{prefix}g.Add(new {className}(), id: {id});";
        var line = $"{prefix}g.Add(new {className} {{ {string.Join(", ", initializers)} }}, id: {id});";
        if (Body.Length + line.Length <= LineLength && !line.Contains('\n', StringComparison.Ordinal))
            return line;
        var builder = new StringBuilder().Append(prefix).Append("g.Add(new ").Append(className).Append("\n{\n");
        foreach (var initializer in initializers)
            builder.Append("    ").Append(initializer).Append(",\n");
        return builder.Append("}, id: ").Append(id).Append(");").ToString();
    }

    private static string Call(string head, List<string> arguments)
    {
        var line = head + string.Join(", ", arguments) + ");";
        if (Body.Length + line.Length <= LineLength)
            return line;
        return head + "\n    " + string.Join(",\n    ", arguments) + ");";
    }

    // Indents every non-empty line of a block (the lines of raw strings too: they were written relative to the block).
    private static string Indent(string block, string indent) =>
        string.Join("\n", block.Split('\n').Select(line => line.Length == 0 ? line : indent + line));

    private static List<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
