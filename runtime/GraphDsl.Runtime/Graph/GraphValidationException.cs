namespace GraphDsl;

/// <summary>A graph breaks one or more of the server's rules; <see cref="Problems"/> lists every one.</summary>
public sealed class GraphValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public GraphValidationException(IReadOnlyList<GraphProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<GraphProblem> Problems { get; }

    private static string Describe(IReadOnlyList<GraphProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"The graph is invalid: {problems[0]}."
            : $"The graph is invalid ({problems.Count} problems):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => $"- {p}"));
    }
}
