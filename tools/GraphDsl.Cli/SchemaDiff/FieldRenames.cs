using System;
using System.Collections.Generic;
using System.Linq;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>Pairs the removed and added fields of one node or output that look like renames.</summary>
internal static class FieldRenames
{
    /// <summary>
    /// Pairs <paramref name="removed"/> with <paramref name="added"/> fields: first those of the same type and kind that
    /// share a word of their name, sit at the same position, or are the only ones of that type on both sides; then, among
    /// the rest, those at the same position.
    /// </summary>
    /// <param name="removed">The fields only the old schema has, in their order.</param>
    /// <param name="added">The fields only the new schema has, in their order.</param>
    /// <returns>The likely renames, in the order of <paramref name="removed"/>.</returns>
    public static IReadOnlyList<FieldRename> Find(IReadOnlyList<RenameCandidate> removed, IReadOnlyList<RenameCandidate> added)
    {
        var renames = new List<FieldRename>();
        var freeOld = removed.ToList();
        var freeNew = added.ToList();

        foreach (var old in removed)
        {
            var sameType = freeNew.Where(a => SameType(old, a)).ToList();
            if (sameType.Count == 0)
                continue;
            var best = sameType
                .OrderByDescending(a => SharesWord(old, a))
                .ThenBy(a => Math.Abs(a.Position - old.Position))
                .ThenBy(a => a.Position)
                .First();
            var onlyPair = sameType.Count == 1 && freeOld.Count(o => SameType(o, best)) == 1;
            if (!SharesWord(old, best) && best.Position != old.Position && !onlyPair)
                continue;
            var where = best.Position == old.Position ? " and position" : "";
            renames.Add(new FieldRename(old, best, $"same type {old.Type.WireText}{where}"));
            freeOld.Remove(old);
            freeNew.Remove(best);
        }

        foreach (var old in freeOld)
        {
            var samePosition = freeNew.FirstOrDefault(a => a.Position == old.Position);
            if (samePosition is null)
                continue;
            renames.Add(new FieldRename(old, samePosition,
                $"same position {old.Position + 1}, type {old.Type.WireText} -> {samePosition.Type.WireText}"));
            freeNew.Remove(samePosition);
        }

        return renames.OrderBy(r => r.Old.Position).ToList();
    }

    private static bool SameType(RenameCandidate a, RenameCandidate b) => a.Type == b.Type && a.Kind == b.Kind;

    private static bool SharesWord(RenameCandidate a, RenameCandidate b) => Words(a).Intersect(Words(b), StringComparer.OrdinalIgnoreCase).Any();

    private static IEnumerable<string> Words(RenameCandidate field) =>
        field.WireName.Split('_', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3);
}
