namespace GraphDsl.Cli.Eject;

/// <summary>Everything the source writer needs: names, nodes in dependency order, parameters, leftovers.</summary>
/// <param name="Namespace">The namespace of the ejected class, or <see langword="null"/> for none.</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Nodes">The nodes, each after the nodes it reads from.</param>
/// <param name="Parameters">The parameters of <c>Build</c>, required ones first.</param>
/// <param name="Deferred">Statements after every node is declared (edges that break the dependency order: a cycle).</param>
/// <param name="Notes">What could not be written with the typed API.</param>
internal sealed record EjectPlan(
    string? Namespace,
    string ClassName,
    IReadOnlyList<NodePlan> Nodes,
    IReadOnlyList<ParameterPlan> Parameters,
    IReadOnlyList<string> Deferred,
    IReadOnlyList<string> Notes);
