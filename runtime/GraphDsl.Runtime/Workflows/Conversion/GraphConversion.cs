using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// The executable graph of a workflow, built as InvokeAI's UI builds it before enqueueing (<c>buildNodesGraph</c> in
/// <c>features/nodes/util/graph/buildNodesGraph.ts</c>):
/// <list type="number">
/// <item>nodes: the invocation nodes that are neither batch nor generator nodes; notes and connectors are left out;</item>
/// <item>inputs: each saved value (a board's <c>auto</c> → the auto-add board, <c>none</c> → unset;
/// <c>call_saved_workflow</c>'s dynamic inputs folded into <c>workflow_inputs</c>), plus <c>use_cache</c> and
/// <c>is_intermediate</c> from the node;</item>
/// <item>edges: default edges only, between executed nodes, a connector's resolved to the invocation output upstream
/// of it, de-duplicated;</item>
/// <item>an input an edge feeds gets no literal.</item>
/// </list>
/// </summary>
internal sealed class GraphConversion
{
    private readonly WorkflowDocument _document;
    private readonly INodeCatalog _catalog;
    private readonly WorkflowConversionOptions _options;

    private GraphConversion(WorkflowDocument document, INodeCatalog catalog, WorkflowConversionOptions options)
    {
        _document = document;
        _catalog = catalog;
        _options = options;
    }

    public List<WorkflowDrop> Drops { get; } = [];

    public List<WorkflowProblem> Problems { get; } = [];

    public Graph? Graph { get; private set; }

    public static GraphConversion Run(WorkflowDocument document, INodeCatalog catalog, WorkflowConversionOptions options)
    {
        var conversion = new GraphConversion(document, catalog, options);
        conversion.Build();
        return conversion;
    }

    private void Build()
    {
        DropNonExecutedNodes();
        var edges = Edges();
        var connected = new HashSet<(string, string)>(edges.Select(e => (e.Destination.NodeId, e.Destination.Field)));
        var nodes = new List<Invocation>();
        foreach (var node in _document.Nodes.Where(n => n.IsExecutable && n.Descriptor is not null))
        {
            if (BuildNode(node, connected) is { } invocation)
                nodes.Add(invocation);
        }
        Graph = new Graph(_options.GraphId ?? Guid.NewGuid().ToString(), nodes, edges);
    }

    private void DropNonExecutedNodes()
    {
        foreach (var node in _document.Nodes)
        {
            var reason = node.Kind switch
            {
                WorkflowNodeKind.Notes => "a notes node is not executed",
                WorkflowNodeKind.CurrentImage => "the editor's current-image node is not executed",
                WorkflowNodeKind.Connector => "a connector is not executed: the edges through it are flattened to the invocation output upstream of it",
                WorkflowNodeKind.Batch => "a batch node is not executed: its items become batch data for the inputs it feeds",
                WorkflowNodeKind.Generator => "a generator node is not executed: its values become the items of the batch node it feeds",
                _ => null,
            };
            if (reason is not null)
                Drops.Add(node.Drop($"{node.Kind.ToString().ToLowerInvariant()} node", reason));
        }
    }

    private List<Edge> Edges()
    {
        var result = new List<Edge>();
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var edge in _document.Edges)
        {
            if (!edge.IsDefault)
            {
                Drops.Add(EdgeDrop(edge, "a collapsed edge is the editor's stand-in for the edges between collapsed nodes; those edges are kept"));
                continue;
            }
            var target = _document.Find(edge.Target)!;
            var source = _document.Find(edge.Source)!;
            if (!target.IsExecutable)
            {
                if (target.Kind is not (WorkflowNodeKind.Connector or WorkflowNodeKind.Batch or WorkflowNodeKind.Generator))
                    Drops.Add(EdgeDrop(edge, $"its target is a {target.Kind.ToString().ToLowerInvariant()} node, which is not executed"));
                continue;
            }
            string sourceId, sourceField;
            if (source.IsInvocation)
            {
                if (!source.IsExecutable)
                    continue; // a batch or generator node: its values become batch data
                (sourceId, sourceField) = (source.Id, edge.SourceHandle!);
            }
            else if (source.Kind == WorkflowNodeKind.Connector)
            {
                if (ConnectorResolver.ResolveSource(_document, source.Id) is not { } resolved)
                {
                    Drops.Add(EdgeDrop(edge, "no invocation output feeds the connector it leaves"));
                    continue;
                }
                if (!resolved.Node.IsExecutable)
                    continue; // fed by a batch or generator node through connectors: batch data
                (sourceId, sourceField) = (resolved.Node.Id, resolved.Field);
            }
            else
            {
                Drops.Add(EdgeDrop(edge, $"its source is a {source.Kind.ToString().ToLowerInvariant()} node, which has no outputs"));
                continue;
            }
            if (!seen.Add((sourceId, sourceField, edge.Target, edge.TargetHandle!)))
            {
                Drops.Add(EdgeDrop(edge, $"it duplicates the edge {sourceId}.{sourceField} -> {edge.Target}.{edge.TargetHandle} once connectors are flattened"));
                continue;
            }
            result.Add(new Edge(new EdgeConnection(sourceId, sourceField), new EdgeConnection(edge.Target, edge.TargetHandle!)));
        }
        return result;
    }

    private WorkflowDrop EdgeDrop(WfEdge edge, string reason)
    {
        var node = _document.Find(edge.Target) ?? _document.Find(edge.Source);
        return new WorkflowDrop(node?.Id, node?.DisplayName, edge.Id is null ? $"edge {edge}" : $"edge '{edge.Id}' ({edge})", reason);
    }

    private Invocation? BuildNode(WfNode node, HashSet<(string, string)> connected)
    {
        var descriptor = node.Descriptor!;
        var acceptsExtras = WorkflowNodeTypes.AcceptsExtraInputs(node.Type);
        var hasExtras = node.Inputs.Any(i => node.FindTemplate(i.Name) is null && !IsSavedWorkflowField(node, i.Name));
        Invocation invocation = acceptsExtras && hasExtras ? new UntypedInvocation(descriptor) : _catalog.Create(node.Type!) ?? new UntypedInvocation(descriptor);
        invocation.Id = node.Id;
        invocation.UseCache = node.UseCache ?? descriptor.UseCacheDefault;
        invocation.IsIntermediate = node.IsIntermediate ?? false;
        var workflowInputs = node.Type == WorkflowNodeTypes.CallSavedWorkflow ? new List<(string, JsonElement)>() : null;
        var ok = true;
        foreach (var input in node.Inputs)
        {
            if (workflowInputs is not null && input.Name == "workflow_inputs")
                continue;
            if (workflowInputs is not null && input.Name.StartsWith(WorkflowNodeTypes.SavedWorkflowInputPrefix, StringComparison.Ordinal))
            {
                if (Value(node, input, acceptsExtras) is { } dynamicValue)
                {
                    if (connected.Contains((node.Id, input.Name)))
                        Drops.Add(node.Drop($"input '{input.Name}'", "an edge feeds it; the UI leaves its literal out of workflow_inputs"));
                    else
                        workflowInputs.Add((input.Name, dynamicValue));
                }
                continue;
            }
            var template = node.FindTemplate(input.Name);
            if (template is null)
            {
                // Extra inputs of a node that accepts them (core_metadata) go through verbatim; other inputs without a
                // template were removed or listed when the node was updated.
                if (acceptsExtras && input.Value is { } extra && invocation is UntypedInvocation untyped)
                    untyped.Set(input.Name, extra);
                continue;
            }
            var value = NodeUpdater.IsBoard(template) ? BoardValue(node, input) : Value(node, input, acceptsExtras);
            if (value is not { } literal)
                continue;
            if (connected.Contains((node.Id, input.Name)))
            {
                Drops.Add(node.Drop($"input '{input.Name}'", $"an edge feeds it; the UI leaves out its saved literal {JsonValues.Show(literal)}"));
                continue;
            }
            ok &= Set(node, invocation, input.Name, template, literal);
        }
        if (workflowInputs is not null)
        {
            var folded = JsonValues.Write(w =>
            {
                w.WriteStartObject();
                foreach (var (name, value) in workflowInputs)
                {
                    w.WritePropertyName(name);
                    value.WriteTo(w);
                }
                w.WriteEndObject();
            });
            ok &= Set(node, invocation, "workflow_inputs", node.FindTemplate("workflow_inputs"), folded);
        }
        return ok ? invocation : null;
    }

    private static bool IsSavedWorkflowField(WfNode node, string name) =>
        WorkflowDocument.IsSavedWorkflowInput(node, name) || (node.Type == WorkflowNodeTypes.CallSavedWorkflow && name == "workflow_inputs");

    /// <summary>The value the UI sends: <see langword="null"/> when unset, null, or of no shape the UI's parser keeps.</summary>
    private JsonElement? Value(WfNode node, WfInput input, bool acceptsExtras)
    {
        if (input.Value is not { } value || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return null;
        if (!acceptsExtras && !UiFieldValues.Survives(value))
        {
            Drops.Add(node.Drop($"input '{input.Name}'", $"the UI's workflow parser discards the saved value {JsonValues.Show(value)}, which has no field-value shape it knows"));
            return null;
        }
        return value;
    }

    /// <summary><c>getBoardField</c>: <c>auto</c> or empty → the auto-add board (unset when none); <c>none</c> → unset.</summary>
    private JsonElement? BoardValue(WfNode node, WfInput input)
    {
        var value = input.Value;
        var text = value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
        var empty = value is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } || text == "";
        if (text == "auto" || empty)
        {
            return _options.AutoAddBoardId is { } board
                ? JsonValues.Write(w => { w.WriteStartObject(); w.WriteString("board_id", board); w.WriteEndObject(); })
                : null;
        }
        if (text == "none")
            return null;
        return Value(node, input, acceptsExtras: false);
    }

    private bool Set(WfNode node, Invocation invocation, string field, InputDescriptor? template, JsonElement value)
    {
        try
        {
            if (invocation is UntypedInvocation untyped)
                untyped.Set(field, value);
            else
                invocation.SetFromJson(field, value);
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            var message = e is JsonException { InnerException: JsonException inner } ? inner.Message : e.Message;
            Problems.Add(node.Problem(field, $"The value {JsonValues.Show(value)} does not fit the field's type {template?.WireType ?? "(unknown)"}: {message}"));
            return false;
        }
    }
}
