using System.Collections.Generic;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Emitting;

/// <summary>One generated file's worth of model: a node, an output, an object, or all enums of a namespace.</summary>
public sealed record EmitUnit(string Namespace, string HintName, NodeSpec? Node, OutputSpec? Output, ObjectSpec? Object, EquatableArray<EnumSpec> Enums)
{
    /// <summary>The files of a model, enums first, then nodes, outputs and objects by class name.</summary>
    public static IEnumerable<EmitUnit> Split(GenerationModel model)
    {
        var ns = model.Namespace;
        if (model.Enums.Count > 0)
            yield return new EmitUnit(ns, Hint(ns, "WireEnums"), null, null, null, model.Enums);
        foreach (var node in model.Nodes)
            yield return new EmitUnit(ns, Hint(ns, node.ClassName), node, null, null, EquatableArray<EnumSpec>.Empty);
        foreach (var output in model.Outputs)
            yield return new EmitUnit(ns, Hint(ns, output.ClassName), null, output, null, EquatableArray<EnumSpec>.Empty);
        foreach (var obj in model.Objects)
            yield return new EmitUnit(ns, Hint(ns, obj.ClassName), null, null, obj, EquatableArray<EnumSpec>.Empty);
    }

    private static string Hint(string ns, string className) => $"{ns}.{className.TrimStart('@')}.g.cs";
}
