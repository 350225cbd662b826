namespace GraphDsl.Cli.Eject;

/// <summary>What the ejector turns into C#: a graph as JSON, and what the workflow it came from says about it.</summary>
/// <param name="GraphJson">The graph, as <c>graph.ToJson()</c> writes it (connected inputs left out).</param>
/// <param name="NodeLabels">The workflow's node labels by node id (empty or missing: none).</param>
/// <param name="Inputs">The workflow's exposed fields, in its order: they become the parameters of <c>Build</c>.</param>
/// <param name="Name">The workflow's name, for the class name and its summary.</param>
/// <param name="Description">The workflow's description, for the class's documentation.</param>
internal sealed record EjectRequest(
    string GraphJson,
    IReadOnlyDictionary<string, string> NodeLabels,
    IReadOnlyList<EjectInput> Inputs,
    string? Name,
    string? Description)
{
    /// <summary>The class name, or dotted <c>Namespace.Class</c>; from <see cref="Name"/> when <see langword="null"/>.</summary>
    public string? ClassName { get; init; }
}
