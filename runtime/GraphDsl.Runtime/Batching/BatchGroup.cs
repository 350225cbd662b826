namespace GraphDsl;

/// <summary>
/// A zip group of a <see cref="Batch"/>: datums whose items are taken together, item <c>i</c> of every datum in
/// session <c>i</c>. All its datums must have the same number of items. Groups are combined with each other by a
/// cartesian product (see <see cref="Batch.Expand"/>).
/// </summary>
/// <example>
/// <code>
/// // Three sessions: (seed 1, "a cat"), (seed 2, "a dog"), (seed 3, "a fox").
/// batch.Data.Add(new BatchGroup
/// {
///     BatchDatum.Of(noise, nameof(NoiseInvocation.Seed), 1, 2, 3),
///     BatchDatum.Of(prompt, nameof(StringInvocation.Value), "a cat", "a dog", "a fox"),
/// });
/// </code>
/// </example>
public sealed class BatchGroup : NonNullCollection<BatchDatum>
{
    /// <summary>Creates an empty group (an empty group makes the batch create no session at all).</summary>
    public BatchGroup()
    {
    }

    /// <summary>Creates a group of the given datums.</summary>
    /// <param name="datums">The datums to zip.</param>
    public BatchGroup(params IEnumerable<BatchDatum> datums)
    {
        ArgumentNullException.ThrowIfNull(datums);
        foreach (var datum in datums)
            Add(datum);
    }

    /// <summary>The number of sessions the group contributes: the item count of its first datum (0 when it has none).</summary>
    public int Length => Count == 0 ? 0 : this[0].Items.Count;
}

/// <summary>The zip groups of a <see cref="Batch"/> (the server's <c>data</c>), in order; nulls are refused.</summary>
public sealed class BatchGroupCollection : NonNullCollection<BatchGroup>
{
    internal BatchGroupCollection()
    {
    }

    /// <summary>Adds a zip group.</summary>
    /// <param name="group">The group.</param>
    public new void Add(BatchGroup group) => base.Add(group);

    /// <summary>Adds a zip group of the given datums.</summary>
    /// <param name="datums">The datums to zip together.</param>
    /// <returns>The new group.</returns>
    public BatchGroup Add(params IEnumerable<BatchDatum> datums)
    {
        var group = new BatchGroup(datums);
        base.Add(group);
        return group;
    }
}
