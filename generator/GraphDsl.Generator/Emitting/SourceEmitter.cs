using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using GraphDsl.Generator.Model;
using Scriban;
using Scriban.Runtime;

namespace GraphDsl.Generator.Emitting;

/// <summary>A generated source file.</summary>
public sealed record GeneratedSource(string HintName, string Text);

/// <summary>
/// Model → C# source. Used by the incremental generator and by command-line hosts alike, so both produce the same files.
/// An instance keeps one template context between renders (a context costs more to build than a small file to render);
/// it may be used from several threads.
/// </summary>
public sealed class SourceEmitter
{
    private static readonly Template NodeTemplate = Load("node.scriban");
    private static readonly Template MembersTemplate = Load("members.scriban");
    private static readonly Template EnumsTemplate = Load("enums.scriban");
    private static readonly Template CatalogTemplate = Load("catalog.scriban");

    // Scriban's built-in functions, built once: creating them is most of the cost of a new TemplateContext.
    // The templates never assign to them, so one instance serves every render.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private ViewTemplateContext? _spareContext;

    /// <summary>Every file of a model, in a stable order.</summary>
    public IEnumerable<GeneratedSource> EmitAll(GenerationModel model)
    {
        foreach (var unit in EmitUnit.Split(model))
            yield return Emit(unit);
    }

    /// <summary>One file.</summary>
    public GeneratedSource Emit(EmitUnit unit)
    {
        var context = Interlocked.Exchange(ref _spareContext, null) ?? new ViewTemplateContext(Builtins);
        var scratch = context.Scratch;
        var text = unit switch
        {
            { Node: { } node } => context.Render(NodeTemplate, NodeViews.Create(node, unit.Namespace, scratch)),
            { Output: { } output } => context.Render(MembersTemplate, MemberViews.Create(output, unit.Namespace, scratch)),
            { Object: { } obj } => context.Render(MembersTemplate, MemberViews.Create(obj, unit.Namespace, scratch)),
            { Catalog.Count: > 0 } => context.Render(CatalogTemplate, new CatalogView
            {
                Namespace = unit.Namespace,
                Entries = unit.Catalog.Select(e => new CatalogEntryView { WireTypeLiteral = Parsing.DefaultLiterals.StringLiteral(e.WireType), ClassName = e.ClassName }).ToList(),
                ItemCodecs = unit.ItemCodecs.Select(c => new ItemCodecView
                {
                    NameLiteral = Parsing.DefaultLiterals.StringLiteral(c.Name),
                    Codec = c.IsEnum ? $"global::{unit.Namespace}.WireEnums.{c.Name}" : $"global::GraphDsl.Serialization.WireCodecs.Object<{CSharpTypeNames.Item(new ItemType(ItemKind.Object, c.Name), unit.Namespace)}>()",
                }).ToList(),
            }),
            _ => context.Render(EnumsTemplate, EnumViews.Create(unit.Enums, unit.Namespace, unit.IsWireEnums, scratch)),
        };
        _spareContext = context;
        // The templates are stored with LF line ends; a CRLF checkout must not change the output.
        return new GeneratedSource(unit.HintName, text.Replace("\r\n", "\n"));
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
