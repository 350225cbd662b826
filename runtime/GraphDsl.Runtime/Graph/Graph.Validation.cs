using GraphDsl.Validation;

namespace GraphDsl;

public sealed partial class Graph
{
    /// <summary>
    /// Checks the graph against the server's rules and throws when it breaks any, listing every problem.
    /// </summary>
    /// <remarks>
    /// The checks are the server's <c>Graph.validate_self</c>, in its order: unique node ids; each key equal to its node's id;
    /// edge ends that exist, with fields their node types have (and node types the schema knows); no cycles; edge types the
    /// server accepts (<see cref="ConnectionTypes.AreCompatible"/>); the <c>iterate</c> and <c>collect</c> rules. Then what
    /// the server finds only when a node runs, or lets pass although it cannot run: edges whose types it accepts but whose
    /// value cannot fit (<see cref="EdgeCompatibility.FailsAtRunTime"/>), required inputs with neither a value nor an edge,
    /// and several edges into one input other than a collector's. Linear in nodes plus edges.
    /// </remarks>
    /// <exception cref="GraphValidationException">The graph breaks one or more rules; <see cref="GraphValidationException.Problems"/> lists them.</exception>
    public void Validate()
    {
        var problems = GetProblems();
        if (problems.Count > 0)
            throw new GraphValidationException(problems);
    }

    /// <summary>Every problem <see cref="Validate"/> would report, in the server's order of checks; empty when the graph is valid.</summary>
    public IReadOnlyList<GraphProblem> GetProblems() => GraphValidator.Validate(this);
}
