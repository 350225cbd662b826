using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace GraphDsl.Generator.Emitting;

/// <summary>
/// A template context for the emitter's views, with the buffers one file is built in. Scriban builds a reflection
/// accessor per type and per context; the emitter renders hundreds of files, so these accessors are built once per view
/// type instead (read-only after that, so one set serves every context and thread). One file at a time per context.
/// </summary>
internal sealed class ViewTemplateContext : TemplateContext
{
    private static readonly MemberRenamerDelegate KeepNames = member => member.Name;

    private static readonly Dictionary<Type, IObjectAccessor> Accessors = new[]
    {
        typeof(NodeView), typeof(InputView), typeof(MembersView), typeof(MemberView), typeof(EnumsView), typeof(EnumView),
        typeof(EnumMemberView), typeof(CatalogView), typeof(CatalogEntryView), typeof(ItemCodecView),
    }.ToDictionary(type => type, type => (IObjectAccessor)new TypedObjectAccessor(type, null, KeepNames));

    // The render buffer, reused: it grows to the largest file once instead of being allocated (and grown) per file.
    private readonly StringBuilder _output = new(16 * 1024);

    /// <summary>A context for <see cref="Render"/>.</summary>
    public ViewTemplateContext(ScriptObject builtins) : base(builtins)
    {
        MemberRenamer = KeepNames;
        LoopLimit = 0;
        StrictVariables = true;
    }

    /// <summary>The buffers to build the next file's view with.</summary>
    public EmitScratch Scratch { get; } = new();

    /// <summary>
    /// Renders <paramref name="template"/> with the members of <paramref name="view"/> as its globals; the context is
    /// ready for the next render afterwards.
    /// </summary>
    public string Render(Template template, object view)
    {
        var accessor = Accessors[view.GetType()];
        var globals = new ScriptObject(8); // no view has more members
        foreach (var name in accessor.GetMembers(this, default(SourceSpan), view))
        {
            accessor.TryGetValue(this, default(SourceSpan), view, name, out var value);
            globals.SetValue(name, value, readOnly: true);
        }
        PushGlobal(globals);
        PushOutput(new StringBuilderOutput(_output.Clear()));
        try
        {
            return template.Render(this);
        }
        finally
        {
            PopOutput();
            PopGlobal();
        }
    }

    /// <inheritdoc/>
    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.TryGetValue(target.GetType(), out var accessor) ? accessor : base.GetMemberAccessorImpl(target)!;
}
