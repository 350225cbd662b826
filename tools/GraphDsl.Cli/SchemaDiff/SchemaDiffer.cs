using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>
/// Compares two schemas' generation models, node by node (by wire type), and judges each difference against the code
/// generated from the old one: removed nodes, inputs, enum values and fields, renamed inputs and fields, new required
/// inputs, changed types and incompatible input kinds break it; additions, version bumps and new defaults do not.
/// Outputs (by wire type) and the schema objects the nodes use (by schema name) are compared field by field.
/// </summary>
internal static partial class SchemaDiffer
{
    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    /// <param name="old">The model of the schema the existing code was generated from.</param>
    /// <param name="new">The model of the schema to move to.</param>
    /// <returns>
    /// The report, in a stable order: removed nodes, added nodes, then the other changes of nodes, outputs and schema
    /// objects (in that order) by owner, each owner's own changes before its fields', fields by wire name.
    /// </returns>
    public static SchemaDiffReport Compare(GenerationModel old, GenerationModel @new)
    {
        var oldIndex = new ModelIndex(old);
        var newIndex = new ModelIndex(@new);
        var changes = new List<SchemaChange>();

        foreach (var node in oldIndex.Nodes.Values.Where(n => !newIndex.Nodes.ContainsKey(n.WireType)))
        {
            changes.Add(new SchemaChange(ChangeKind.NodeRemoved, ChangeOwner.Node, node.WireType, null, node.ClassName, null, true,
                $"node removed ({node.ClassName}); code using it no longer compiles"));
        }
        foreach (var node in newIndex.Nodes.Values.Where(n => !oldIndex.Nodes.ContainsKey(n.WireType)))
        {
            changes.Add(new SchemaChange(ChangeKind.NodeAdded, ChangeOwner.Node, node.WireType, null, null, node.ClassName, false,
                $"node added ({node.ClassName}, version {node.Version})"));
        }
        foreach (var oldNode in oldIndex.Nodes.Values)
        {
            if (newIndex.Nodes.TryGetValue(oldNode.WireType, out var newNode))
                CompareNode(oldNode, oldIndex, newNode, newIndex, changes);
        }
        foreach (var oldOutput in oldIndex.Outputs.Values)
        {
            if (newIndex.Outputs.TryGetValue(oldOutput.WireType, out var newOutput))
                CompareMembers(ChangeOwner.Output, oldOutput.WireType, oldOutput.Fields, oldIndex, newOutput.Fields, newIndex, changes);
        }
        foreach (var oldObject in oldIndex.Objects.Values)
        {
            if (newIndex.Objects.TryGetValue(oldObject.SchemaName, out var newObject))
                CompareMembers(ChangeOwner.Object, oldObject.SchemaName, oldObject.Fields, oldIndex, newObject.Fields, newIndex, changes);
        }

        var ordered = changes
            .OrderBy(c => c.Kind switch { ChangeKind.NodeRemoved => 0, ChangeKind.NodeAdded => 1, _ => 2 })
            .ThenBy(c => c.OwnerKind)
            .ThenBy(c => c.Owner, StringComparer.Ordinal)
            .ThenBy(c => c.Field is null ? 0 : 1)
            .ThenBy(c => c.Field, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Old, StringComparer.Ordinal)
            .ThenBy(c => c.New, StringComparer.Ordinal);
        return new SchemaDiffReport(
            new SchemaSummary(old.SchemaFileName, oldIndex.Nodes.Count),
            new SchemaSummary(@new.SchemaFileName, newIndex.Nodes.Count),
            ordered.ToEquatableArray());
    }

    private static void CompareNode(NodeSpec old, ModelIndex oldIndex, NodeSpec @new, ModelIndex newIndex, List<SchemaChange> changes)
    {
        var type = old.WireType;
        if (old.ClassName != @new.ClassName)
        {
            changes.Add(new SchemaChange(ChangeKind.NodeClassRenamed, ChangeOwner.Node, type, null, old.ClassName, @new.ClassName, true,
                $"C# class {old.ClassName} -> {@new.ClassName}; code naming {old.ClassName} no longer compiles"));
        }
        if (old.Version != @new.Version)
        {
            changes.Add(new SchemaChange(ChangeKind.VersionChanged, ChangeOwner.Node, type, null, old.Version, @new.Version, false,
                $"version {old.Version} -> {@new.Version}"));
        }
        if (old.Classification != @new.Classification)
        {
            var note = @new.Classification == "deprecated" ? "; the class is now [Obsolete] (a compiler warning)" : "";
            changes.Add(new SchemaChange(ChangeKind.ClassificationChanged, ChangeOwner.Node, type, null, old.Classification, @new.Classification, false,
                $"classification {old.Classification} -> {@new.Classification}{note}"));
        }
        var oldOutput = oldIndex.OutputWireType(old);
        var newOutput = newIndex.OutputWireType(@new);
        if (oldOutput != newOutput)
        {
            changes.Add(new SchemaChange(ChangeKind.OutputTypeChanged, ChangeOwner.Node, type, null, oldOutput, newOutput, true,
                $"output {oldOutput} -> {newOutput}; code reading the node's results or ports may no longer compile"));
        }
        if (old.UseCacheDefault != @new.UseCacheDefault)
        {
            var from = Bool(old.UseCacheDefault);
            var to = Bool(@new.UseCacheDefault);
            changes.Add(new SchemaChange(ChangeKind.DefaultChanged, ChangeOwner.Node, type, "use_cache", from, to, false,
                $"default {from} -> {to}; compiles, behaves differently where UseCache is unset"));
        }
        CompareInputs(old, oldIndex, @new, newIndex, changes);
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
