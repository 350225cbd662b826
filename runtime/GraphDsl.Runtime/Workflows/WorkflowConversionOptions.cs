namespace GraphDsl.Workflows;

/// <summary>How <see cref="Workflow.ToGraph"/> and <see cref="Workflow.ToBatch"/> convert a workflow: the UI state the conversion reads.</summary>
public sealed class WorkflowConversionOptions
{
    private int _runs = 1;

    /// <summary>
    /// The gallery's auto-add board (the UI's <c>autoAddBoardId</c>): a board input whose value is <c>auto</c> or empty
    /// goes to this board. <see langword="null"/> (the default) is the UI's <c>none</c>: such inputs are left unset, so
    /// the images go to no board.
    /// </summary>
    public string? AutoAddBoardId { get; set; }

    /// <summary>How many times the batch runs (<c>runs</c>, the UI's "iterations"; default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int Runs
    {
        get => _runs;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _runs = value;
        }
    }

    /// <summary>The graph id; <see langword="null"/> (the default) for a fresh GUID, as the UI makes one per enqueue.</summary>
    public string? GraphId { get; set; }

    /// <summary>
    /// Where the random generators without a seed draw from (the UI uses <c>Math.random()</c>); <see langword="null"/>
    /// for <see cref="Random.Shared"/>. Generators with a seed never use it.
    /// </summary>
    public Random? Random { get; set; }
}
