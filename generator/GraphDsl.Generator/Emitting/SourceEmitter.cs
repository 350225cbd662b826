using System.Collections.Generic;
using System.IO;
using System.Linq;
using GraphDsl.Generator.Model;
using Scriban;
using Scriban.Runtime;

namespace GraphDsl.Generator.Emitting;

/// <summary>A generated source file.</summary>
public sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Model → C# source. Used by the incremental generator and by command-line hosts alike, so both produce the same files.
/// </summary>
public static class SourceEmitter
{
    private static readonly Template NodeTemplate = Load("node.scriban");
    private static readonly Template MembersTemplate = Load("members.scriban");
    private static readonly Template EnumsTemplate = Load("enums.scriban");
    private static readonly Template CatalogTemplate = Load("catalog.scriban");

    // Scriban's built-in functions, built once: creating them is most of the cost of a new TemplateContext.
    // The templates never assign to them, so one instance serves every render.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>Every file of a model, in a stable order.</summary>
    public static IEnumerable<GeneratedSource> EmitAll(GenerationModel model)
    {
        foreach (var unit in EmitUnit.Split(model))
            yield return Emit(unit);
    }

    /// <summary>One file.</summary>
    public static GeneratedSource Emit(EmitUnit unit)
    {
        var text = unit switch
        {
            { Node: { } node } => Render(NodeTemplate, NodeViews.Create(node, unit.Namespace)),
            { Output: { } output } => Render(MembersTemplate, MemberViews.Create(output, unit.Namespace)),
            { Object: { } obj } => Render(MembersTemplate, MemberViews.Create(obj, unit.Namespace)),
            { Catalog.Count: > 0 } => Render(CatalogTemplate, new CatalogView
            {
                Namespace = unit.Namespace,
                Entries = unit.Catalog.Select(e => new CatalogEntryView { WireTypeLiteral = Parsing.DefaultLiterals.StringLiteral(e.WireType), ClassName = e.ClassName }).ToList(),
                ItemCodecs = unit.ItemCodecs.Select(c => new ItemCodecView
                {
                    NameLiteral = Parsing.DefaultLiterals.StringLiteral(c.Name),
                    Codec = c.IsEnum ? $"global::{unit.Namespace}.WireEnums.{c.Name}" : $"global::GraphDsl.Serialization.WireCodecs.Object<global::{unit.Namespace}.{c.Name}>()",
                }).ToList(),
            }),
            _ => Render(EnumsTemplate, EnumViews.Create(unit.Enums, unit.Namespace)),
        };
        return new GeneratedSource(unit.HintName, text);
    }

    private static string Render(Template template, object view)
    {
        var globals = new ScriptObject();
        globals.Import(view, renamer: member => member.Name);
        var context = new TemplateContext(Builtins) { MemberRenamer = member => member.Name, LoopLimit = 0, StrictVariables = true };
        context.PushGlobal(globals);
        return template.Render(context).Replace("\r\n", "\n");
    }

    private static Template Load(string name)
    {
        using var stream = typeof(SourceEmitter).Assembly.GetManifestResourceStream("GraphDsl.Templates." + name)
            ?? throw new FileNotFoundException("Embedded template not found.", name);
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name);
        if (template.HasErrors)
            throw new InvalidDataException($"Template {name}: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
        return template;
    }
}
