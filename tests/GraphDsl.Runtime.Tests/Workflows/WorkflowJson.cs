using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>
/// Builds saved workflows (format 4.0.0) for the rule tests, shaped as InvokeAI's editor saves them: invocation nodes
/// at the 6.14 catalog's version of their type (so no node update applies) unless a version is given.
/// </summary>
internal sealed class WorkflowJson
{
    private readonly JsonArray _nodes = [];
    private readonly JsonArray _edges = [];
    private readonly JsonArray _exposed = [];
    private readonly List<(string Node, string Field)> _form = [];
    private int _edge;

    public string MetaVersion { get; set; } = "4.0.0";

    /// <summary>Adds an invocation node; each input value is a JSON node, or <see langword="null"/> for a field saved without a value.</summary>
    public WorkflowJson Node(string id, string type, Dictionary<string, JsonNode?>? inputs = null, string label = "", bool isIntermediate = true,
        bool useCache = true, string? version = null, Dictionary<string, string>? fieldLabels = null)
    {
        var savedInputs = new JsonObject();
        foreach (var (name, value) in inputs ?? [])
        {
            var input = new JsonObject { ["name"] = name, ["label"] = fieldLabels?.GetValueOrDefault(name) ?? "", ["description"] = "" };
            if (value is not null)
                input["value"] = value.DeepClone();
            savedInputs[name] = input;
        }
        _nodes.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "invocation",
            ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 },
            ["data"] = new JsonObject
            {
                ["id"] = id,
                ["type"] = type,
                ["version"] = version ?? NodeCatalog.Instance.Find(type)?.Version ?? "1.0.0",
                ["nodePack"] = "invokeai",
                ["label"] = label,
                ["notes"] = "",
                ["isOpen"] = true,
                ["isIntermediate"] = isIntermediate,
                ["useCache"] = useCache,
                ["inputs"] = savedInputs,
            },
        });
        return this;
    }

    public WorkflowJson Connector(string id) => Special(id, "connector", new JsonObject { ["id"] = id, ["type"] = "connector", ["label"] = "Connector", ["isOpen"] = true });

    public WorkflowJson Notes(string id) => Special(id, "notes", new JsonObject { ["id"] = id, ["type"] = "notes", ["label"] = "Read me", ["isOpen"] = true, ["notes"] = "hello" });

    private WorkflowJson Special(string id, string kind, JsonObject data)
    {
        _nodes.Add(new JsonObject { ["id"] = id, ["type"] = kind, ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 }, ["data"] = data });
        return this;
    }

    public WorkflowJson Edge(string source, string sourceHandle, string target, string targetHandle)
    {
        _edges.Add(new JsonObject
        {
            ["id"] = $"reactflow__edge-{++_edge}",
            ["type"] = "default",
            ["source"] = source,
            ["sourceHandle"] = sourceHandle,
            ["target"] = target,
            ["targetHandle"] = targetHandle,
        });
        return this;
    }

    public WorkflowJson Collapsed(string source, string target)
    {
        _edges.Add(new JsonObject { ["id"] = $"collapsed-{++_edge}", ["type"] = "collapsed", ["source"] = source, ["target"] = target });
        return this;
    }

    /// <summary>Adds a node field to the form (the 4.0.0 way to expose an input).</summary>
    public WorkflowJson Expose(string node, string field)
    {
        _form.Add((node, field));
        return this;
    }

    /// <summary>Adds a legacy <c>exposedFields</c> entry.</summary>
    public WorkflowJson ExposeLegacy(string node, string field)
    {
        _exposed.Add(new JsonObject { ["nodeId"] = node, ["fieldName"] = field });
        return this;
    }

    public JsonObject Build()
    {
        var elements = new JsonObject();
        var children = new JsonArray();
        var i = 0;
        foreach (var (node, field) in _form)
        {
            var id = $"node-field-{++i}";
            children.Add(id);
            elements[id] = new JsonObject
            {
                ["id"] = id,
                ["parentId"] = "root",
                ["type"] = "node-field",
                ["data"] = new JsonObject
                {
                    ["fieldIdentifier"] = new JsonObject { ["nodeId"] = node, ["fieldName"] = field },
                    ["showDescription"] = true,
                },
            };
        }
        elements["root"] = new JsonObject { ["id"] = "root", ["type"] = "container", ["data"] = new JsonObject { ["layout"] = "column", ["children"] = children } };
        return new JsonObject
        {
            ["id"] = "user-workflow-1",
            ["name"] = "Test workflow",
            ["author"] = "tests",
            ["description"] = "",
            ["version"] = "1.0.0",
            ["contact"] = "",
            ["tags"] = "",
            ["notes"] = "",
            ["exposedFields"] = _exposed.DeepClone(),
            ["meta"] = new JsonObject { ["version"] = MetaVersion, ["category"] = "user" },
            ["nodes"] = _nodes.DeepClone(),
            ["edges"] = _edges.DeepClone(),
            ["form"] = new JsonObject { ["rootElementId"] = "root", ["elements"] = elements },
        };
    }

    public override string ToString() => Build().ToJsonString();

    public GraphDsl.Workflows.Workflow Load() => GraphDsl.Workflows.Workflow.Parse(ToString(), NodeCatalog.Instance);
}
