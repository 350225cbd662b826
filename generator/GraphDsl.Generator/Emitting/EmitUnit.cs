using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

/// <summary>One generated file's worth of model: a node, an output, an object, an enum, the node catalog, or the WireEnums class.</summary>
public sealed record EmitUnit(string Namespace, string HintName, NodeSpec? Node, OutputSpec? Output, ObjectSpec? Object, EquatableArray<EnumSpec> Enums)
{
    /// <summary>The file that declares the <c>WireEnums</c> class, whose members the enums' files add.</summary>
    public bool IsWireEnums { get; init; }

    /// <summary>For the node catalog: wire type and class of each node, the first class of a wire type only.</summary>
    public EquatableArray<CatalogEntry> Catalog { get; init; } = EquatableArray<CatalogEntry>.Empty;

    /// <summary>For the node catalog: the generated types whose codecs node descriptors name, objects then enums.</summary>
    public EquatableArray<CatalogCodec> ItemCodecs { get; init; } = EquatableArray<CatalogCodec>.Empty;

    /// <summary>The files of a model: WireEnums and the enums first, the catalog, then nodes, outputs and objects by class name.</summary>
    public static IEnumerable<EmitUnit> Split(GenerationModel model)
    {
        var ns = model.Namespace;
        if (model.Enums.Count > 0)
        {
            // The WireEnums class itself (docs, attribute), then one file per enum with its part of WireEnums.
            yield return new EmitUnit(ns, Hint(ns, "WireEnums"), null, null, null, EquatableArray<EnumSpec>.Empty) { IsWireEnums = true };
            foreach (var spec in model.Enums)
                yield return new EmitUnit(ns, Hint(ns, spec.Name), null, null, null, new[] { spec }.ToEquatableArray());
        }
        if (model.Nodes.Count > 0)
        {
            var entries = model.Nodes.GroupBy(n => n.WireType).Select(g => new CatalogEntry(g.Key, g.First().ClassName)).ToEquatableArray();
            var codecs = model.Objects.Select(o => new CatalogCodec(o.ClassName, IsEnum: false))
                .Concat(model.Enums.Select(e => new CatalogCodec(e.Name, IsEnum: true)))
                .ToEquatableArray();
            yield return new EmitUnit(ns, Hint(ns, "NodeCatalog"), null, null, null, EquatableArray<EnumSpec>.Empty) { Catalog = entries, ItemCodecs = codecs };
        }
        foreach (var node in model.Nodes)
            yield return new EmitUnit(ns, Hint(ns, node.ClassName), node, null, null, EquatableArray<EnumSpec>.Empty);
        foreach (var output in model.Outputs)
            yield return new EmitUnit(ns, Hint(ns, output.ClassName), null, output, null, EquatableArray<EnumSpec>.Empty);
        foreach (var obj in model.Objects)
            yield return new EmitUnit(ns, Hint(ns, obj.ClassName), null, null, obj, EquatableArray<EnumSpec>.Empty);
    }

    private static string Hint(string ns, string className) => $"{ns}.{className.TrimStart('@')}.g.cs";
}

/// <summary>One node type of the catalog.</summary>
public sealed record CatalogEntry(string WireType, string ClassName);

/// <summary>A generated object or enum type whose codec the node catalog resolves by name.</summary>
public sealed record CatalogCodec(string Name, bool IsEnum);
