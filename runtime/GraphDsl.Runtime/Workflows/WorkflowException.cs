namespace GraphDsl.Workflows;

/// <summary>A saved workflow cannot be loaded or converted; <see cref="Problems"/> lists every reason at once.</summary>
public sealed class WorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public WorkflowException(IReadOnlyList<WorkflowProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="problem">The problem.</param>
    public WorkflowException(WorkflowProblem problem)
        : this([problem ?? throw new ArgumentNullException(nameof(problem))])
    {
    }

    /// <summary>Every problem, each with its node id and label when it concerns a node.</summary>
    public IReadOnlyList<WorkflowProblem> Problems { get; }

    private static string Describe(IReadOnlyList<WorkflowProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 1)
            return $"The workflow cannot be converted: {problems[0]}";
        return $"The workflow cannot be converted ({problems.Count} problems):" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
