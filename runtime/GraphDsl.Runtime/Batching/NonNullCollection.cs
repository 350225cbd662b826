using System.Collections.ObjectModel;

namespace GraphDsl;

/// <summary>A list that refuses <see langword="null"/> items.</summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class NonNullCollection<T> : Collection<T>
    where T : class
{
    /// <inheritdoc/>
    protected override void InsertItem(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc/>
    protected override void SetItem(int index, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }
}
