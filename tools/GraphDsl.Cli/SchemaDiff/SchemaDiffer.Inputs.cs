using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>The inputs of one node present in both schemas.</summary>
internal static partial class SchemaDiffer
{
    private static void CompareInputs(NodeSpec old, ModelIndex oldIndex, NodeSpec @new, ModelIndex newIndex, List<SchemaChange> changes)
    {
        var node = old.WireType;
        var oldByName = old.Inputs.ToDictionary(i => i.WireName, StringComparer.Ordinal);
        var newByName = @new.Inputs.ToDictionary(i => i.WireName, StringComparer.Ordinal);
        var removed = old.Inputs.Select(Candidate).Where(c => !newByName.ContainsKey(c.WireName)).ToList();
        var added = @new.Inputs.Select(Candidate).Where(c => !oldByName.ContainsKey(c.WireName)).ToList();

        var renames = FieldRenames.Find(removed, added);
        foreach (var rename in renames)
        {
            changes.Add(new SchemaChange(ChangeKind.InputRenamed, ChangeOwner.Node, node, rename.Old.WireName, rename.Old.WireName, rename.New.WireName, true,
                $"looks renamed to {rename.New.WireName} ({rename.Evidence}); code using {rename.Old.PropertyName} no longer compiles"));
        }
        foreach (var gone in removed.Where(r => renames.All(n => n.Old != r)))
        {
            changes.Add(new SchemaChange(ChangeKind.InputRemoved, ChangeOwner.Node, node, gone.WireName, gone.Type.WireText, null, true,
                $"input removed ({gone.Type.WireText}); code setting {gone.PropertyName} no longer compiles"));
        }
        foreach (var fresh in added.Where(a => renames.All(n => n.New != a)))
        {
            var input = newByName[fresh.WireName];
            var detail = input.IsRequired
                ? $"required input added ({input.Type.WireText}, {Kind(input.Kind)}); object initializers without {input.PropertyName} no longer compile"
                : $"optional input added ({input.Type.WireText}, {Kind(input.Kind)}{DefaultNote(input)})";
            changes.Add(new SchemaChange(ChangeKind.InputAdded, ChangeOwner.Node, node, input.WireName, null, input.Type.WireText, input.IsRequired, detail));
        }

        foreach (var oldInput in old.Inputs)
        {
            if (newByName.TryGetValue(oldInput.WireName, out var newInput))
                CompareInput(node, oldInput, oldIndex, newInput, newIndex, changes);
        }
    }

    private static RenameCandidate Candidate(InputSpec input, int position) =>
        new(input.WireName, input.PropertyName, input.Type, Kind(input.Kind), position);

    private static void CompareInput(string node, InputSpec old, ModelIndex oldIndex, InputSpec @new, ModelIndex newIndex, List<SchemaChange> changes)
    {
        var field = old.WireName;
        if (old.PropertyName != @new.PropertyName)
        {
            changes.Add(new SchemaChange(ChangeKind.PropertyRenamed, ChangeOwner.Node, node, field, old.PropertyName, @new.PropertyName, true,
                $"C# property {old.PropertyName} -> {@new.PropertyName}; code using {old.PropertyName} no longer compiles"));
        }

        var types = TypeComparison.Of(old.Type, oldIndex, @new.Type, newIndex);
        if (types.TypeChanged)
        {
            changes.Add(new SchemaChange(ChangeKind.InputTypeChanged, ChangeOwner.Node, node, field, old.Type.WireText, @new.Type.WireText, true,
                TypeChangeDetail(old.Type, @new.Type, types, $"code assigning or reading {old.PropertyName} may not compile")));
        }
        AddEnumChanges(ChangeOwner.Node, node, field, old.Type, @new.Type, types, changes);

        if (old.Kind != @new.Kind)
        {
            var (breaking, why) = (old.Kind, @new.Kind) switch
            {
                (_, InputKindSpec.Any) => (false, "it now takes a literal or an edge"),
                (_, InputKindSpec.Connection) => (true, "a literal can no longer be assigned, only an edge"),
                _ => (true, "an edge can no longer be connected, only a literal"),
            };
            changes.Add(new SchemaChange(ChangeKind.InputKindChanged, ChangeOwner.Node, node, field, Kind(old.Kind), Kind(@new.Kind), breaking,
                $"input kind {Kind(old.Kind)} -> {Kind(@new.Kind)}; {why}"));
        }

        if (old.IsRequired != @new.IsRequired)
        {
            changes.Add(@new.IsRequired
                ? new SchemaChange(ChangeKind.RequiredChanged, ChangeOwner.Node, node, field, "optional", "required", true,
                    $"now required; object initializers without {@new.PropertyName} no longer compile")
                : new SchemaChange(ChangeKind.RequiredChanged, ChangeOwner.Node, node, field, "required", "optional", false,
                    $"now optional{DefaultNote(@new)}"));
        }

        // A required input has to be set, so its default does not matter; one that just became optional shows it above.
        var oldDefault = DefaultText.Normalize(old.DefaultJson);
        var newDefault = DefaultText.Normalize(@new.DefaultJson);
        if (oldDefault != newDefault && !@new.IsRequired && !old.IsRequired)
        {
            changes.Add(new SchemaChange(ChangeKind.DefaultChanged, ChangeOwner.Node, node, field, oldDefault, newDefault, false,
                $"default {DefaultText.Show(oldDefault)} -> {DefaultText.Show(newDefault)}; compiles, behaves differently where {@new.PropertyName} is unset"));
        }
    }

    /// <summary>The detail of a type change: the two types, and why code may break.</summary>
    private static string TypeChangeDetail(FieldType old, FieldType @new, TypeComparison types, string why)
    {
        var sameEnum = old.Shape == @new.Shape && old.Item is { Kind: ItemKind.Enum } && @new.Item is { Kind: ItemKind.Enum }
            && types.AddedValues.Count == 0 && types.RemovedValues.Count == 0;
        return sameEnum
            ? $"C# enum {old.Item!.Name} -> {@new.Item!.Name} (same values); {why}"
            : $"type {old.WireText} -> {@new.WireText}; {why}";
    }

    /// <summary>Adds the enum value changes of one field (of a node or an output).</summary>
    private static void AddEnumChanges(ChangeOwner ownerKind, string owner, string field, FieldType old, FieldType @new, TypeComparison types, List<SchemaChange> changes)
    {
        if (types.RemovedValues.Count > 0)
        {
            var values = string.Join(", ", types.RemovedValues);
            changes.Add(new SchemaChange(ChangeKind.EnumValuesRemoved, ownerKind, owner, field, values, null, true,
                $"{old.Item!.Name} loses {values}; code using {(types.RemovedValues.Count == 1 ? "that value" : "those values")} no longer compiles"));
        }
        if (types.AddedValues.Count > 0)
        {
            var values = string.Join(", ", types.AddedValues);
            changes.Add(new SchemaChange(ChangeKind.EnumValuesAdded, ownerKind, owner, field, null, values, false,
                $"{@new.Item!.Name} gains {values}"));
        }
    }

    private static string Kind(InputKindSpec kind) => kind switch
    {
        InputKindSpec.Connection => "connection",
        InputKindSpec.Direct => "direct",
        _ => "any",
    };

    private static string DefaultNote(InputSpec input) =>
        input.DefaultJson is null ? "" : $", default {DefaultText.Show(DefaultText.Normalize(input.DefaultJson))}";
}
