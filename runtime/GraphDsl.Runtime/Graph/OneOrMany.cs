using System.Collections;

namespace GraphDsl;

/// <summary>Untyped view of a <see cref="OneOrMany{T}"/>.</summary>
public interface IOneOrMany
{
    /// <summary>Whether the value is a list (even of one item) rather than a single item.</summary>
    bool IsMany { get; }

    /// <summary>The items: the single item, or every item of the list.</summary>
    IEnumerable Items { get; }
}

/// <summary>
/// A literal for a field the server types <c>T | list[T]</c>: one item, or a list of them.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct OneOrMany<T> : IOneOrMany, IEquatable<OneOrMany<T>>
{
    private readonly T? _single;
    private readonly IReadOnlyList<T>? _many;

    private OneOrMany(T? single, IReadOnlyList<T>? many)
    {
        _single = single;
        _many = many;
    }

    /// <summary>One item.</summary>
    /// <param name="item">The item.</param>
    public static OneOrMany<T> One(T item) => new(item, null);

    /// <summary>A list of items.</summary>
    /// <param name="items">The items; the list is copied.</param>
    public static OneOrMany<T> Many(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(default, items.ToArray());
    }

    /// <inheritdoc/>
    public bool IsMany => _many is not null;

    /// <summary>The single item; <see langword="default"/> when <see cref="IsMany"/>.</summary>
    public T? Single => _single;

    /// <summary>The list; <see langword="null"/> unless <see cref="IsMany"/>.</summary>
    public IReadOnlyList<T>? List => _many;

    IEnumerable IOneOrMany.Items => _many ?? (IEnumerable)new[] { _single };

    /// <summary>One item.</summary>
    /// <param name="item">The item.</param>
    public static implicit operator OneOrMany<T>(T item) => One(item);

    /// <summary>A list of items.</summary>
    /// <param name="items">The items; the array is copied.</param>
    public static implicit operator OneOrMany<T>(T[] items) => Many(items);

    /// <summary>A list of items.</summary>
    /// <param name="items">The items; the list is copied.</param>
    public static implicit operator OneOrMany<T>(List<T> items) => Many(items);

    /// <inheritdoc/>
    public bool Equals(OneOrMany<T> other) =>
        _many is null
            ? other._many is null && EqualityComparer<T?>.Default.Equals(_single, other._single)
            : other._many is not null && _many.SequenceEqual(other._many);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OneOrMany<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (_many is null)
            return _single is null ? 0 : EqualityComparer<T>.Default.GetHashCode(_single);
        var hash = new HashCode();
        foreach (var item in _many)
            hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Compares two values item by item.</summary>
    public static bool operator ==(OneOrMany<T> left, OneOrMany<T> right) => left.Equals(right);

    /// <summary>Compares two values item by item.</summary>
    public static bool operator !=(OneOrMany<T> left, OneOrMany<T> right) => !left.Equals(right);
}
