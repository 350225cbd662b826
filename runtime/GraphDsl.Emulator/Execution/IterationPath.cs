using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Execution;

/// <summary>The outer→inner iteration indexes of a prepared node, compared like a python tuple.</summary>
internal sealed class IterationPath : IEquatable<IterationPath>, IComparable<IterationPath>
{
    private readonly int[] _indexes;

    private IterationPath(int[] indexes) => _indexes = indexes;

    /// <summary>The empty path <c>()</c>.</summary>
    public static IterationPath Empty { get; } = new([]);

    public int Length => _indexes.Length;

    public int this[int index] => _indexes[index];

    public static IterationPath Of(IEnumerable<int> indexes) => new(indexes.ToArray());

    public IterationPath Append(int index) => new([.. _indexes, index]);

    /// <summary>python's <c>path[:count]</c>.</summary>
    public IterationPath Take(int count) => count >= _indexes.Length ? this : new(_indexes[..Math.Max(count, 0)]);

    /// <summary>Whether this path starts with <paramref name="prefix"/> (python's <c>self[:len(prefix)] == prefix</c>).</summary>
    public bool StartsWith(IterationPath prefix) => prefix.Length <= Length && Take(prefix.Length).Equals(prefix);

    public JsonArray ToJson() => new(_indexes.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    public bool Equals(IterationPath? other) => other is not null && _indexes.AsSpan().SequenceEqual(other._indexes);

    public override bool Equals(object? obj) => obj is IterationPath other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var index in _indexes)
            hash.Add(index);
        return hash.ToHashCode();
    }

    public int CompareTo(IterationPath? other)
    {
        if (other is null)
            return 1;
        return _indexes.AsSpan().SequenceCompareTo(other._indexes);
    }

    public override string ToString() => "(" + string.Join(", ", _indexes) + ")";
}
