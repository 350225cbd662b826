using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>How the type of one field changed: the type itself, and the values of its enum.</summary>
/// <param name="TypeChanged">Whether the C# type changed: another shape or item type, or another enum name.</param>
/// <param name="AddedValues">Enum values only the new type has, in the new enum's order.</param>
/// <param name="RemovedValues">Enum values only the old type has, in the old enum's order.</param>
internal sealed record TypeComparison(bool TypeChanged, IReadOnlyList<string> AddedValues, IReadOnlyList<string> RemovedValues)
{
    /// <summary>Compares a field's type in two schemas. Enums are compared by name and by their wire values.</summary>
    public static TypeComparison Of(FieldType old, ModelIndex oldIndex, FieldType @new, ModelIndex newIndex)
    {
        if (old.Item is { Kind: ItemKind.Enum } && @new.Item is { Kind: ItemKind.Enum })
        {
            var oldValues = oldIndex.EnumValues(old.Item);
            var newValues = newIndex.EnumValues(@new.Item);
            var added = newValues.Except(oldValues, StringComparer.Ordinal).ToList();
            var removed = oldValues.Except(newValues, StringComparer.Ordinal).ToList();
            return new TypeComparison(old != @new, added, removed);
        }
        return new TypeComparison(old != @new, [], []);
    }

    /// <summary>Whether nothing changed.</summary>
    public bool IsSame => !TypeChanged && AddedValues.Count == 0 && RemovedValues.Count == 0;
}
