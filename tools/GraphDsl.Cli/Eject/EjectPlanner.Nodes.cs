using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

internal sealed partial class EjectPlanner
{
    private const string InitializerIndent = "    "; // relative to the statement, which the writer indents

    private static readonly bool UntypedUseCacheDefault = new UntypedInvocation("unknown").UseCache;

    private void WriteNode(NodePlan plan)
    {
        switch (plan.Form)
        {
            case NodeForm.Typed:
                WriteTyped(plan);
                break;
            case NodeForm.Collect:
                foreach (var edge in Incoming(plan.Node.Id))
                    plan.Arguments.Add(Source(edge));
                WriteLoose(plan, BuiltInNodes.Collect.UseCacheDefault, edgeField: null);
                break;
            case NodeForm.Iterate:
                plan.Arguments.Add(Source(Incoming(plan.Node.Id).Single(e => e.DestinationField == "collection")));
                WriteLoose(plan, BuiltInNodes.Iterate.UseCacheDefault, edgeField: "collection");
                break;
            default:
                Note(plan.Node, "no generated class for this type: written as an UntypedInvocation, its inputs set as JSON");
                WriteLoose(plan, UntypedUseCacheDefault, edgeField: null);
                break;
        }
    }

    // The expression of an edge's source port (the source is declared: the nodes are in dependency order).
    private string Source(GraphEdge edge)
    {
        var source = _plans[edge.SourceId];
        source.IsReferenced = true;
        var (expression, _) = Port(source, edge.SourceField);
        if (expression.StartsWith("new ", StringComparison.Ordinal))
            Note(source.Node, $"output '{edge.SourceField}' has no typed port: taken as an AnyPort");
        return expression;
    }

    private void WriteTyped(NodePlan plan)
    {
        var node = plan.Node;
        var spec = plan.Spec!;
        var incoming = Incoming(node.Id).ToList();
        foreach (var input in spec.Inputs)
        {
            var assigned = false;
            var edges = incoming.Where(e => e.DestinationField == input.WireName).ToList();
            foreach (var edge in edges)
            {
                if (!Connectable(plan, edge))
                    continue;
                var source = _plans[edge.SourceId];
                var (_, type) = Port(source, edge.SourceField);
                var expression = Source(edge);
                if (!assigned && type.AssignsTo(input))
                {
                    plan.Initializers.Add($"{input.PropertyName} = {expression}");
                    assigned = true;
                    continue;
                }
                plan.After.Add($"g.Connect({expression}, {plan.Variable}, {CSharpLiterals.Escaped(input.WireName)});");
                Note(node, assigned
                    ? $"a second edge into '{input.WireName}' (from '{edge.SourceId}.{edge.SourceField}'): by g.Connect"
                    : input.Kind == InputKindSpec.Direct
                        ? $"an edge into the literal-only input '{input.WireName}' (from '{edge.SourceId}.{edge.SourceField}'): by g.Connect"
                        : $"the edge from '{edge.SourceId}.{edge.SourceField}' has no typed conversion into '{input.WireName}' ({input.Type.WireText}): by g.Connect");
            }
            if (assigned)
                continue;
            if (edges.Count > 0)
            {
                if (input.IsRequired)
                    Unset(plan, input, literalFollows: false);
                continue;
            }

            var value = node.Value(input.WireName);
            if (_parameters.TryGetValue((node.Id, input.WireName), out var parameter))
            {
                WriteParameter(plan, input, parameter);
                continue;
            }
            if (value is { } literal)
            {
                var expression = input.Kind == InputKindSpec.Connection ? null
                    : _values.Write(literal, input.Type, input.Kind != InputKindSpec.Direct, InitializerIndent);
                if (expression is not null)
                {
                    plan.Initializers.Add($"{input.PropertyName} = {expression}");
                    continue;
                }
                if (input.IsRequired)
                    Unset(plan, input, literalFollows: true);
                plan.After.Add($"{plan.Variable}.SetFromJson({CSharpLiterals.Escaped(input.WireName)}, {_values.Json(literal)});");
                Note(node, input.Kind == InputKindSpec.Connection
                    ? $"a literal on the edge-only input '{input.WireName}': set as JSON"
                    : $"the value of '{input.WireName}' does not fit the generated {input.Type.WireText} type exactly: set as JSON");
                continue;
            }
            if (input.IsRequired)
            {
                Unset(plan, input, literalFollows: false);
                Note(node, $"the required input '{input.WireName}' takes edges only and has none: Build() reports it");
            }
        }

        foreach (var (field, value) in node.Values)
        {
            if (!spec.Inputs.Any(i => i.WireName == field))
                Note(node, $"'{field}' is not an input of the generated class: left out");
        }
        foreach (var edge in incoming.Where(e => !spec.Inputs.Any(i => i.WireName == e.DestinationField)))
        {
            if (!Connectable(plan, edge))
                continue;
            plan.After.Add($"g.Connect({Source(edge)}, {plan.Variable}, {CSharpLiterals.Escaped(edge.DestinationField)});");
            Note(node, $"an edge into '{edge.DestinationField}', which the generated class does not have: by g.Connect");
        }

        if (node.IsIntermediate)
            plan.Initializers.Add("IsIntermediate = true");
        if (node.UseCache is { } useCache && useCache != spec.UseCacheDefault)
            plan.Initializers.Add($"UseCache = {(useCache ? "true" : "false")}");
    }

    private void WriteParameter(NodePlan plan, InputSpec input, ParameterPlan parameter)
    {
        switch (parameter.Use)
        {
            case ParameterUse.Required or ParameterUse.Constant:
                plan.Initializers.Add($"{input.PropertyName} = {parameter.Name}");
                break;
            case ParameterUse.Fallback:
                plan.Initializers.Add($"{input.PropertyName} = {parameter.Name} ?? {parameter.Value}");
                break;
            default:
                var value = parameter.IsValueType ? parameter.Name + ".Value" : parameter.Name;
                plan.After.Add($"if ({parameter.Name} is not null)\n    {plan.Variable}.{input.PropertyName} = {value};");
                break;
        }
    }

    // A required member must be set in the initializer even when the input is not set there (an edge by name, a
    // literal as JSON, or nothing): the wrapper's default is "unset"; a literal-only value type is unset afterwards.
    private void Unset(NodePlan plan, InputSpec input, bool literalFollows)
    {
        if (input.Kind != InputKindSpec.Direct)
        {
            plan.Initializers.Add($"{input.PropertyName} = default");
            return;
        }
        var valueType = input.Type.Item is { } item && (input.Type.Shape is FieldShape.OneOrMany or FieldShape.OptionalOneOrMany
            || input.Type.Shape is FieldShape.Exact or FieldShape.Optional && Bindings.IsValueType(item));
        plan.Initializers.Add($"{input.PropertyName} = {(valueType ? "default" : "default!")}");
        if (valueType && !literalFollows)
            plan.After.Add($"{plan.Variable}.SetFromJson({CSharpLiterals.Escaped(input.WireName)}, default);");
    }

    // Collect, iterate and untyped nodes: literals and flags as statements on the node, edges by name.
    private void WriteLoose(NodePlan plan, bool useCacheDefault, string? edgeField)
    {
        var node = plan.Node;
        var target = plan.Invocation;
        foreach (var (field, value) in node.Values)
        {
            plan.After.Add($"{target}.Set({CSharpLiterals.Escaped(field)}, {_values.Json(value)});");
            if (plan.Form != NodeForm.Untyped)
                Note(node, $"the literal '{field}' is set as JSON (g.{(plan.Form == NodeForm.Collect ? "Collect" : "Iterate")} has no typed literal inputs)");
        }
        if (plan.Form != NodeForm.Collect)
        {
            foreach (var edge in Incoming(node.Id).Where(e => e.DestinationField != edgeField))
            {
                if (!Connectable(plan, edge))
                    continue;
                plan.After.Add($"g.Connect({Source(edge)}, {target}, {CSharpLiterals.Escaped(edge.DestinationField)});");
                if (plan.Form != NodeForm.Untyped)
                    Note(node, $"the edge into '{edge.DestinationField}': by g.Connect");
            }
        }
        if (node.IsIntermediate || plan.Form == NodeForm.Untyped)
            plan.After.Add($"{target}.IsIntermediate = {(node.IsIntermediate ? "true" : "false")};");
        if (node.UseCache is { } useCache && useCache != useCacheDefault)
            plan.After.Add($"{target}.UseCache = {(useCache ? "true" : "false")};");
    }

    // An edge whose source is missing is left out; one whose source comes later (a cycle) is added after every node.
    private bool Connectable(NodePlan destination, GraphEdge edge)
    {
        if (!_plans.TryGetValue(edge.SourceId, out var source))
        {
            Note(destination.Node, $"the edge from '{edge.SourceId}.{edge.SourceField}' into '{edge.DestinationField}' has no source node: left out");
            return false;
        }
        if (_declared.Contains(source.Node.Id))
            return true;
        source.IsReferenced = true;
        destination.IsReferenced = true;
        _deferred.Add($"g.Connect({Port(source, edge.SourceField).Expression}, {destination.Invocation}, {CSharpLiterals.Escaped(edge.DestinationField)});");
        Note(destination.Node, $"the edge from '{edge.SourceId}.{edge.SourceField}' closes a cycle: by g.Connect after every node");
        return false;
    }
}
