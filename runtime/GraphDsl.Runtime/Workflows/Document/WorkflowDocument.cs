using System.Text.Json;

namespace GraphDsl.Workflows;

/// <summary>
/// A saved workflow read leniently into nodes, edges and exposed fields, with every problem that keeps it from being
/// converted, and its nodes updated to the catalog's versions as the UI updates them on load
/// (<c>validateWorkflow</c>). Each conversion reads a fresh one, so it may be changed freely.
/// </summary>
internal sealed partial class WorkflowDocument
{
    /// <summary>The newest <c>meta.version</c> format this reader knows (<c>zWorkflowV3</c>'s literal).</summary>
    public const int NewestFormatMajor = 4;

    /// <summary>The oldest format read: 2.0.0 and 3.0.0 are 4.0.0 but for the version number (<c>migrations.ts</c>).</summary>
    public const int OldestFormatMajor = 2;

    private readonly Dictionary<string, WfNode> _byId = new(StringComparer.Ordinal);

    private WorkflowDocument(JsonElement root)
    {
        Root = root;
    }

    public JsonElement Root { get; }

    public string Name { get; private set; } = "";

    public string Author { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Version { get; private set; } = "";

    public string Contact { get; private set; } = "";

    public string Tags { get; private set; } = "";

    public string Notes { get; private set; } = "";

    public string? Id { get; private set; }

    public string MetaVersion { get; private set; } = "";

    public string Category { get; private set; } = "user";

    public List<WfNode> Nodes { get; } = [];

    public List<WfEdge> Edges { get; } = [];

    /// <summary>The exposed fields, in form order: (node, field) pairs that exist on their node.</summary>
    public List<(WfNode Node, string Field, string Label)> Exposed { get; } = [];

    /// <summary>Every reason the workflow cannot be converted.</summary>
    public List<WorkflowProblem> Problems { get; } = [];

    /// <summary>What loading leaves out as the UI does (inputs removed by node updates, stale form fields).</summary>
    public List<WorkflowDrop> Drops { get; } = [];

    public WfNode? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads, checks and updates a workflow.</summary>
    /// <exception cref="WorkflowException">It is not a workflow at all, or its format is one this reader does not know.</exception>
    public static WorkflowDocument Load(JsonElement root, INodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (root.ValueKind != JsonValueKind.Object)
            throw new WorkflowException(new WorkflowProblem(null, null, null, $"A workflow is a JSON object, not {root.ValueKind}."));
        var document = new WorkflowDocument(root);
        document.ReadHeader();
        document.ReadNodes(catalog);
        document.ReadEdges();
        document.CheckEdges();
        NodeUpdater.Apply(document);
        document.ReadExposedFields();
        return document;
    }

    private void ReadHeader()
    {
        Name = Text("name");
        Author = Text("author");
        Description = Text("description");
        Version = Text("version");
        Contact = Text("contact");
        Tags = Text("tags");
        Notes = Text("notes");
        Id = JsonValues.StringProperty(Root, "id");
        if (!Root.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object)
            throw new WorkflowException(new WorkflowProblem(null, null, null, "The workflow has no 'meta' object, so its format version is unknown."));
        MetaVersion = JsonValues.StringProperty(meta, "version")
            ?? throw new WorkflowException(new WorkflowProblem(null, null, null, "The workflow has no 'meta.version', so its format version is unknown."));
        Category = JsonValues.StringProperty(meta, "category") ?? "user";
        if (!SemVer.TryParse(MetaVersion, out var format))
            throw new WorkflowException(new WorkflowProblem(null, null, null, $"The workflow's meta.version '{MetaVersion}' is not a version."));
        if (format.Major > NewestFormatMajor)
        {
            throw new WorkflowException(new WorkflowProblem(null, null, null,
                $"The workflow's meta.version {MetaVersion} is newer than the newest format this GraphDsl reads ({NewestFormatMajor}.0.0): it was saved by a newer InvokeAI."));
        }
        if (format.Major < OldestFormatMajor)
        {
            throw new WorkflowException(new WorkflowProblem(null, null, null,
                $"The workflow's meta.version {MetaVersion} predates format {OldestFormatMajor}.0.0; open it in InvokeAI's workflow editor and save it again to migrate it."));
        }
        if (!Root.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
            throw new WorkflowException(new WorkflowProblem(null, null, null, "The workflow has no 'nodes' array."));
        if (!Root.TryGetProperty("edges", out var edges) || edges.ValueKind != JsonValueKind.Array)
            throw new WorkflowException(new WorkflowProblem(null, null, null, "The workflow has no 'edges' array."));
    }

    private string Text(string name) => JsonValues.StringProperty(Root, name) ?? "";

    private void ReadNodes(INodeCatalog catalog)
    {
        var index = 0;
        foreach (var element in Root.GetProperty("nodes").EnumerateArray())
        {
            var node = ReadNode(index++, element, catalog);
            if (node is null)
                continue;
            if (!_byId.TryAdd(node.Id, node))
            {
                Problems.Add(node.Problem(null, $"Another node has the id '{node.Id}'; node ids must be unique."));
                continue;
            }
            Nodes.Add(node);
        }
        var returns = Nodes.Where(n => n.Type == WorkflowNodeTypes.WorkflowReturn).ToList();
        if (returns.Count > 1)
        {
            foreach (var node in returns)
                Problems.Add(node.Problem(null, "A workflow may not contain more than one workflow_return node."));
        }
    }

    private WfNode? ReadNode(int index, JsonElement element, INodeCatalog catalog)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(new WorkflowProblem(null, null, null, $"nodes[{index}] is not a JSON object."));
            return null;
        }
        var id = JsonValues.StringProperty(element, "id");
        var data = element.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        var label = data.ValueKind == JsonValueKind.Object ? JsonValues.StringProperty(data, "label") : null;
        if (string.IsNullOrEmpty(label))
            label = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            Problems.Add(new WorkflowProblem(null, label, null, $"nodes[{index}] has no id."));
            return null;
        }
        var kindText = JsonValues.StringProperty(element, "type");
        if (data.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(new WorkflowProblem(id, label, null, "The node has no 'data' object."));
            return null;
        }
        switch (kindText)
        {
            case "notes":
                return new WfNode(index, id, WorkflowNodeKind.Notes, null, label, null, null);
            case "connector":
                return new WfNode(index, id, WorkflowNodeKind.Connector, null, label, null, null);
            case "current_image":
                return new WfNode(index, id, WorkflowNodeKind.CurrentImage, null, label, null, null);
            case "invocation":
                return ReadInvocation(index, id, label, data, catalog);
            default:
                Problems.Add(new WorkflowProblem(id, label, null, $"Unknown node kind '{kindText}': a workflow node is an 'invocation', 'notes' or 'connector'."));
                return null;
        }
    }

    private WfNode? ReadInvocation(int index, string id, string? label, JsonElement data, INodeCatalog catalog)
    {
        var type = JsonValues.StringProperty(data, "type");
        if (string.IsNullOrWhiteSpace(type))
        {
            Problems.Add(new WorkflowProblem(id, label, null, "The invocation node has no 'data.type'."));
            return null;
        }
        var kind = WorkflowNodeTypes.IsBatch(type) ? WorkflowNodeKind.Batch
            : WorkflowNodeTypes.IsGenerator(type) ? WorkflowNodeKind.Generator
            : WorkflowNodeKind.Invocation;
        var descriptor = catalog.Find(type);
        var dynamicInputs = new HashSet<string>(StringComparer.Ordinal);
        if (data.TryGetProperty("dynamicInputTemplates", out var dynamicTemplates) && dynamicTemplates.ValueKind == JsonValueKind.Object)
        {
            foreach (var template in dynamicTemplates.EnumerateObject())
                dynamicInputs.Add(template.Name);
        }
        var node = new WfNode(index, id, kind, type, label, JsonValues.StringProperty(data, "version"), descriptor)
        {
            IsIntermediate = JsonValues.BooleanProperty(data, "isIntermediate"),
            UseCache = JsonValues.BooleanProperty(data, "useCache"),
            DynamicInputs = dynamicInputs,
        };
        if (descriptor is null)
            Problems.Add(node.Problem(null, $"Unknown node type '{type}': the schema has no such node (InvokeAI's UI reports a missing template and cannot run it)."));
        if (data.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Object)
        {
            foreach (var input in inputs.EnumerateObject())
            {
                var saved = input.Value;
                var fieldLabel = saved.ValueKind == JsonValueKind.Object ? JsonValues.StringProperty(saved, "label") ?? "" : "";
                JsonElement? value = saved.ValueKind == JsonValueKind.Object && saved.TryGetProperty("value", out var v) ? v.Clone() : null;
                node.AddInput(new WfInput(input.Name, fieldLabel, value));
            }
        }
        return node;
    }

    private void ReadEdges()
    {
        var index = 0;
        foreach (var element in Root.GetProperty("edges").EnumerateArray())
        {
            var at = index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problems.Add(new WorkflowProblem(null, null, null, $"edges[{at}] is not a JSON object."));
                continue;
            }
            var id = JsonValues.StringProperty(element, "id");
            var type = JsonValues.StringProperty(element, "type") ?? "default";
            var source = JsonValues.StringProperty(element, "source");
            var target = JsonValues.StringProperty(element, "target");
            var sourceHandle = JsonValues.StringProperty(element, "sourceHandle");
            var targetHandle = JsonValues.StringProperty(element, "targetHandle");
            var name = id ?? $"edges[{at}]";
            if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target))
            {
                var known = Find(source ?? "") ?? Find(target ?? "");
                Problems.Add(new WorkflowProblem(known?.Id, known?.DisplayName, null, $"Edge '{name}' has no {(string.IsNullOrEmpty(source) ? "source" : "target")}."));
                continue;
            }
            if (type is not ("default" or "collapsed"))
            {
                var known = Find(target) ?? Find(source);
                Problems.Add(new WorkflowProblem(known?.Id, known?.DisplayName, null, $"Edge '{name}' has the unknown type '{type}' (an edge is 'default' or 'collapsed')."));
                continue;
            }
            if (type == "default" && (string.IsNullOrEmpty(sourceHandle) || string.IsNullOrEmpty(targetHandle)))
            {
                var known = Find(target) ?? Find(source);
                Problems.Add(new WorkflowProblem(known?.Id, known?.DisplayName, null, $"Edge '{name}' ({source} -> {target}) has no {(string.IsNullOrEmpty(sourceHandle) ? "sourceHandle" : "targetHandle")}."));
                continue;
            }
            Edges.Add(new WfEdge(at, id, type, source, target, type == "default" ? sourceHandle : null, type == "default" ? targetHandle : null));
        }
    }
}
