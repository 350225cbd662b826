using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>How a node is written.</summary>
internal enum NodeForm
{
    /// <summary><c>g.Add(new XInvocation { … }, id: …)</c>: the generated class.</summary>
    Typed,

    /// <summary><c>g.Collect(id, ports…)</c>: a <c>collect</c> whose items are all ports of one type; its list is typed.</summary>
    Collect,

    /// <summary><c>g.Iterate(port, id: …)</c>: an <c>iterate</c> over a typed list; its item is typed.</summary>
    Iterate,

    /// <summary><c>g.Add(new UntypedInvocation("type"), id: …)</c>: a type the bindings do not have.</summary>
    Untyped,
}

/// <summary>What the ejector decided for one node: its form, its variable and the code that sets it up.</summary>
internal sealed class NodePlan(GraphNode node, NodeSpec? spec, OutputSpec? output)
{
    /// <summary>The node.</summary>
    public GraphNode Node { get; } = node;

    /// <summary>Its generated class, if any.</summary>
    public NodeSpec? Spec { get; } = spec;

    /// <summary>Its generated output, if any.</summary>
    public OutputSpec? Output { get; } = output;

    /// <summary>The form it is written in.</summary>
    public NodeForm Form { get; set; }

    /// <summary>The item type of a typed <see cref="NodeForm.Collect"/> or <see cref="NodeForm.Iterate"/>.</summary>
    public ItemType? Item { get; set; }

    /// <summary>The local variable (declared only when <see cref="NeedsVariable"/>).</summary>
    public string Variable { get; set; } = "";

    /// <summary>The argument list of <c>g.Collect</c> / the first argument of <c>g.Iterate</c> (ports), in order.</summary>
    public List<string> Arguments { get; } = [];

    /// <summary>The object initializer's assignments, <c>Prop = expr</c>, for <see cref="NodeForm.Typed"/>.</summary>
    public List<string> Initializers { get; } = [];

    /// <summary>Statements after the declaration that use the variable: literals as JSON, flags, edges by name.</summary>
    public List<string> After { get; } = [];

    /// <summary>Whether a later statement reads the variable.</summary>
    public bool IsReferenced { get; set; }

    /// <summary>Whether the declaration needs a variable.</summary>
    public bool NeedsVariable => IsReferenced || After.Count > 0;

    /// <summary>The <see cref="Invocation"/> itself: the variable, or its <c>Node</c> for a typed collect or iterate.</summary>
    public string Invocation => Form is NodeForm.Collect or NodeForm.Iterate ? Variable + ".Node" : Variable;
}
