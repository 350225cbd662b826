using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>The fields of one output, or of one schema object, present in both schemas.</summary>
internal static partial class SchemaDiffer
{
    /// <summary>
    /// Compares the fields of an output or schema object. Output fields are read, never set, so a new one breaks
    /// nothing; a schema object is built by the caller, so a new required field breaks its object initializers.
    /// </summary>
    private static void CompareMembers(ChangeOwner ownerKind, string owner, EquatableArray<MemberSpec> old, ModelIndex oldIndex, EquatableArray<MemberSpec> @new, ModelIndex newIndex, List<SchemaChange> changes)
    {
        var use = ownerKind == ChangeOwner.Output ? "reading" : "using";
        var oldByName = old.ToDictionary(f => f.WireName, StringComparer.Ordinal);
        var newByName = @new.ToDictionary(f => f.WireName, StringComparer.Ordinal);
        var removed = old.Select(Candidate).Where(c => !newByName.ContainsKey(c.WireName)).ToList();
        var added = @new.Select(Candidate).Where(c => !oldByName.ContainsKey(c.WireName)).ToList();

        var renames = FieldRenames.Find(removed, added);
        foreach (var rename in renames)
        {
            changes.Add(new SchemaChange(ChangeKind.FieldRenamed, ownerKind, owner, rename.Old.WireName, rename.Old.WireName, rename.New.WireName, true,
                $"looks renamed to {rename.New.WireName} ({rename.Evidence}); code {use} {rename.Old.PropertyName} no longer compiles"));
        }
        foreach (var gone in removed.Where(r => renames.All(n => n.Old != r)))
        {
            changes.Add(new SchemaChange(ChangeKind.FieldRemoved, ownerKind, owner, gone.WireName, gone.Type.WireText, null, true,
                $"field removed ({gone.Type.WireText}); code {use} {gone.PropertyName} no longer compiles"));
        }
        foreach (var fresh in added.Where(a => renames.All(n => n.New != a)))
        {
            var required = ownerKind == ChangeOwner.Object && newByName[fresh.WireName].IsRequired;
            changes.Add(new SchemaChange(ChangeKind.FieldAdded, ownerKind, owner, fresh.WireName, null, fresh.Type.WireText, required, required
                ? $"required field added ({fresh.Type.WireText}); object initializers without {fresh.PropertyName} no longer compile"
                : $"field added ({fresh.Type.WireText})"));
        }

        foreach (var field in old)
        {
            if (!newByName.TryGetValue(field.WireName, out var newField))
                continue;
            var types = TypeComparison.Of(field.Type, oldIndex, newField.Type, newIndex);
            if (types.TypeChanged)
            {
                changes.Add(new SchemaChange(ChangeKind.FieldTypeChanged, ownerKind, owner, field.WireName, field.Type.WireText, newField.Type.WireText, true,
                    TypeChangeDetail(field.Type, newField.Type, types, $"code {use} {field.PropertyName} may not compile")));
            }
            AddEnumChanges(ownerKind, owner, field.WireName, field.Type, newField.Type, types, changes);
            if (ownerKind == ChangeOwner.Object && field.IsRequired != newField.IsRequired)
            {
                changes.Add(newField.IsRequired
                    ? new SchemaChange(ChangeKind.RequiredChanged, ownerKind, owner, field.WireName, "optional", "required", true,
                        $"now required; object initializers without {newField.PropertyName} no longer compile")
                    : new SchemaChange(ChangeKind.RequiredChanged, ownerKind, owner, field.WireName, "required", "optional", false, "now optional"));
            }
        }
    }

    private static RenameCandidate Candidate(MemberSpec field, int position) =>
        new(field.WireName, field.PropertyName, field.Type, "", position);
}
