using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>The differences between two schemas, in a stable order: removed nodes, added nodes, then the other changes of nodes, outputs and schema objects.</summary>
/// <param name="Old">The old schema.</param>
/// <param name="New">The new schema.</param>
/// <param name="Changes">Every change, ordered.</param>
internal sealed record SchemaDiffReport(SchemaSummary Old, SchemaSummary New, EquatableArray<SchemaChange> Changes)
{
    /// <summary>How many changes break code written against the old schema.</summary>
    public int BreakingCount => Changes.Count(c => c.IsBreaking);

    /// <summary>Whether any change breaks code written against the old schema.</summary>
    public bool HasBreaking => Changes.Any(c => c.IsBreaking);

    /// <summary>How many changes are of <paramref name="kind"/>.</summary>
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>How many nodes have changes other than being added or removed.</summary>
    public int ChangedNodes => Changes
        .Where(c => c.OwnerKind == ChangeOwner.Node && c.Kind is not (ChangeKind.NodeAdded or ChangeKind.NodeRemoved))
        .Select(c => c.Owner)
        .Distinct()
        .Count();

    /// <summary>How many outputs have changed fields.</summary>
    public int ChangedOutputs => Changes.Where(c => c.OwnerKind == ChangeOwner.Output).Select(c => c.Owner).Distinct().Count();

    /// <summary>How many schema objects have changed fields.</summary>
    public int ChangedObjects => Changes.Where(c => c.OwnerKind == ChangeOwner.Object).Select(c => c.Owner).Distinct().Count();
}
