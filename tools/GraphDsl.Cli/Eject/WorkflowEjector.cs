using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>
/// Turns a graph (with its workflow's labels and exposed fields) into C# that builds the same graph with the typed
/// API generated from a schema: one variable per node, literals as C# values, edges as port assignments, exposed
/// fields as parameters.
/// </summary>
internal static class WorkflowEjector
{
    /// <summary>Ejects <paramref name="request"/> against the bindings of <paramref name="model"/>.</summary>
    /// <param name="request">The graph and what its workflow says about it.</param>
    /// <param name="model">The schema's model, as the generator reads it (its namespace is the bindings').</param>
    /// <exception cref="System.Text.Json.JsonException">The graph JSON is not a graph.</exception>
    public static EjectResult Eject(EjectRequest request, GenerationModel model)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        var bindings = new Bindings(model);
        var values = new ValueWriter(bindings);
        var plan = EjectPlanner.Plan(request, bindings, values);
        var source = SourceWriter.Write(plan, request, bindings, values);
        var parameters = plan.Parameters
            .Select(p => new EjectParameter(p.Name, p.Use is ParameterUse.Required or ParameterUse.Constant ? p.Type : p.Type + "?", p.NodeId, p.Field, p.Use == ParameterUse.Required))
            .ToList();
        return new EjectResult(source, plan.ClassName, parameters, plan.Notes);
    }
}
