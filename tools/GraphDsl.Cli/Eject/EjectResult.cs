namespace GraphDsl.Cli.Eject;

/// <summary>The ejected C# and what it could not say with the typed API.</summary>
/// <param name="Source">The C# file.</param>
/// <param name="ClassName">The class's name (without namespace).</param>
/// <param name="Parameters">The parameters of <c>Build</c>, in order (the graph id last, not listed).</param>
/// <param name="Notes">
/// One line per construct written without the typed API (an edge by <c>g.Connect</c>, a literal set as JSON) or that
/// the graph cannot build (a required input with neither value nor edge).
/// </param>
internal sealed record EjectResult(string Source, string ClassName, IReadOnlyList<EjectParameter> Parameters, IReadOnlyList<string> Notes);
