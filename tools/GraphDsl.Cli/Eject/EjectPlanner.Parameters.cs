using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

internal sealed partial class EjectPlanner
{
    private const string ParameterIndent = "        ";

    // Exposed fields become parameters defaulting to the workflow's values; so does every required input the
    // workflow leaves empty (exposed or not), without a default, since the graph cannot be built without it.
    private void PlanParameters()
    {
        var required = new List<ParameterPlan>();
        var optional = new List<ParameterPlan>();
        foreach (var plan in _order)
        {
            if (plan.Form != NodeForm.Typed || plan.Spec is null)
                continue;
            var connected = Incoming(plan.Node.Id).Select(e => e.DestinationField).ToHashSet(StringComparer.Ordinal);
            foreach (var input in plan.Spec.Inputs)
            {
                var exposed = _exposed.GetValueOrDefault((plan.Node.Id, input.WireName));
                var value = plan.Node.Value(input.WireName);
                if (input.Kind == InputKindSpec.Connection || connected.Contains(input.WireName))
                    continue;
                if (exposed is null && (value is not null || !input.IsRequired))
                    continue;

                var wrapper = input.Kind != InputKindSpec.Direct;
                var parameter = new ParameterPlan
                {
                    NodeId = plan.Node.Id,
                    Field = input.WireName,
                    Label = Meaningful(exposed?.Label),
                    IsExposed = exposed is not null,
                    Type = _values.LiteralType(input.Type, wrapper, value),
                };
                parameter.IsValueType = IsValueType(parameter.Type);
                if (value is { } literal)
                {
                    // A constant is written in the signature; a fallback in the node's initializer.
                    parameter.Use = _values.IsConstant(parameter.Type) ? ParameterUse.Constant : ParameterUse.Fallback;
                    parameter.Value = _values.Write(literal, input.Type, wrapper, parameter.Use == ParameterUse.Constant ? ParameterIndent : InitializerIndent);
                    if (parameter.Value is null)
                        continue; // not expressible: written as JSON, with a note
                }
                else
                {
                    parameter.Use = input.IsRequired ? ParameterUse.Required : ParameterUse.Optional;
                }
                parameter.Doc = ParameterDoc(plan, input, parameter);
                _parameters[(plan.Node.Id, input.WireName)] = parameter;
                (parameter.Use == ParameterUse.Required ? required : optional).Add(parameter);
            }
        }

        // Required ones first (C# wants them before the optional ones); exposed fields in the workflow's order.
        int Rank(ParameterPlan p) => _request.Inputs.ToList().FindIndex(i => i.NodeId == p.NodeId && i.FieldName == p.Field) is var i and >= 0 ? i : int.MaxValue;
        _parameterOrder.AddRange(required.OrderBy(Rank));
        _parameterOrder.AddRange(optional.OrderBy(Rank));
    }

    private bool IsValueType(string csharpType) =>
        csharpType is "long" or "double" or "bool"
        || csharpType.StartsWith(_bindings.Runtime("OneOrMany") + "<", StringComparison.Ordinal)
        || csharpType.EndsWith("JsonElement", StringComparison.Ordinal)
        || _values.IsConstant(csharpType) && csharpType != "string";

    private string ParameterDoc(NodePlan plan, InputSpec input, ParameterPlan parameter)
    {
        var label = parameter.Label ?? Meaningful(input.Title);
        var node = Meaningful(_request.NodeLabels.GetValueOrDefault(plan.Node.Id)) ?? plan.Spec?.Title ?? plan.Node.Type;
        var text = $"the <c>{Xml(input.WireName)}</c> input of “{Xml(node)}” (<c>{Xml(plan.Node.Id)}</c>).";
        text = label is null || string.Equals(label, input.WireName, StringComparison.OrdinalIgnoreCase) ? "The " + text[4..] : $"{Xml(label)}: {text}";
        return parameter.Use switch
        {
            ParameterUse.Required when parameter.IsExposed => text + " Required: the workflow leaves it empty.",
            ParameterUse.Required => text + " Required: the workflow leaves it empty and does not expose it.",
            ParameterUse.Fallback => text + " <see langword=\"null\"/> for the workflow's value.",
            ParameterUse.Optional => text + " <see langword=\"null\"/> leaves it unset, as the workflow does.",
            _ => text,
        };
    }

    // Names from the field's label, else the node's label (when the node has one parameter), else the field; a name
    // two unlabelled fields would share takes the node's label or type in front.
    private void NameParameters()
    {
        string? NodeLabel(ParameterPlan p) => Meaningful(_request.NodeLabels.GetValueOrDefault(p.NodeId));
        var perNode = _parameterOrder.GroupBy(p => p.NodeId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string Candidate(ParameterPlan p) =>
            p.Label is { } label ? CSharpNames.Camel(label, "value")
            : NodeLabel(p) is { } nodeLabel && perNode[p.NodeId] == 1 ? CSharpNames.Camel(nodeLabel, "value")
            : CSharpNames.Camel(p.Field, "value");

        var candidates = _parameterOrder.Select(Candidate).ToList();
        var repeated = candidates.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < _parameterOrder.Count; i++)
        {
            var parameter = _parameterOrder[i];
            var name = candidates[i];
            if (repeated.Contains(name) && parameter.Label is null)
                name = CSharpNames.Camel($"{NodeLabel(parameter) ?? _plans[parameter.NodeId].Node.Type} {parameter.Field}", "value");
            if (CSharpNames.IsKeyword(name))
                name += "Value";
            parameter.Name = CSharpNames.Unique(name, _taken);
        }
    }

    // Variables from the node's label, else its type; a parameter's name is left to the parameter.
    private void NameNodes()
    {
        foreach (var name in _bindings.TypeNames)
            _taken.Add(name);
        var parameterNames = _parameterOrder.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in _order)
        {
            var label = Meaningful(_request.NodeLabels.GetValueOrDefault(plan.Node.Id));
            var name = CSharpNames.Camel(label ?? plan.Node.Type, "node");
            if (CSharpNames.IsKeyword(name) || parameterNames.Contains(name))
                name += "Node";
            plan.Variable = CSharpNames.Unique(name, _taken);
        }
    }

    private void ReportUnusedExposures()
    {
        foreach (var input in _request.Inputs)
        {
            if (_parameters.ContainsKey((input.NodeId, input.FieldName)))
                continue;
            var reason = !_plans.TryGetValue(input.NodeId, out var plan) ? "the graph has no such node"
                : plan.Form != NodeForm.Typed ? "the node is not written with a generated class"
                : plan.Spec!.Inputs.FirstOrDefault(i => i.WireName == input.FieldName) is not { } spec ? "the node type has no such input"
                : spec.Kind == InputKindSpec.Connection ? "the input takes edges only"
                : Incoming(input.NodeId).Any(e => e.DestinationField == input.FieldName) ? "an edge feeds it"
                : "its value cannot be written with the typed API";
            _notes.Add($"exposed field '{input.NodeId}.{input.FieldName}' is not a parameter: {reason}.");
        }
    }

    private (string? Namespace, string ClassName) ClassName()
    {
        string? ns = null;
        var name = _request.ClassName;
        if (name is not null && name.LastIndexOf('.') is var dot and > 0)
        {
            ns = name[..dot];
            name = name[(dot + 1)..];
        }
        name ??= CSharpNames.Pascal(_request.Name ?? "", "Workflow");
        if (name == "Workflow" && _request.Name is null)
            name = "WorkflowGraph";
        // A class named like a type it uses would hide that type inside its own body.
        if (_bindings.TypeNames.Contains(name) || name is "Graph" or "GraphBuilder" or "JsonElement" or "OneOrMany" or "AnyPort" or "UntypedInvocation" or "Build")
            name += "Workflow";
        _taken.Add(name);
        return (ns, name);
    }

    // A label names something only when it has a word a C# name can be made of.
    private static string? Meaningful(string? text) => string.IsNullOrWhiteSpace(text) || CSharpNames.Words(text).Count == 0 ? null : text.Trim();

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
