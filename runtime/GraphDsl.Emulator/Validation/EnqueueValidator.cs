using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Validation;

/// <summary>
/// Validates an <c>enqueue_batch</c> request body (<c>{"batch": {...}, "prepend": bool}</c>) the way FastAPI and
/// pydantic do on the server (protocol §1 "Validation and HTTP results", §2 <c>Graph.validate_self()</c>): the same
/// errors, in the same order, with the same <c>loc</c>s and messages; and, when it is valid, the batch as the server
/// holds it. Immutable; safe to share.
/// </summary>
public sealed class EnqueueValidator
{
    private static readonly IReadOnlyList<object> BodyLoc = ["body"];
    private static readonly IReadOnlyList<object> BatchLoc = ["body", "batch"];

    private readonly InvokeSchema _schema;
    private readonly SchemaValueParser _parser;
    private readonly FieldTypes _types;
    private readonly string _expectedTags;

    /// <summary>Creates a validator for the nodes of <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema whose invocations the server knows.</param>
    public EnqueueValidator(InvokeSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _parser = new SchemaValueParser(schema.Components);
        _types = new FieldTypes(schema);
        _expectedTags = string.Join(", ", schema.Nodes.Values.OrderBy(n => n.SchemaName, StringComparer.Ordinal).Select(n => PythonText.Repr(n.Type)));
    }

    /// <summary>Validates <paramref name="body"/>.</summary>
    /// <param name="body">The request body as JSON.</param>
    public EnqueueValidation Validate(JsonElement body)
    {
        var errors = new List<FastApiError>();
        var root = JsonNode.Parse(body.GetRawText());
        var fields = root as JsonObject;

        ValidatedBatch? batch = null;
        if (fields is null || !fields.TryGetPropertyValue("batch", out var batchNode))
        {
            errors.Add(new FastApiError("missing", Loc(BodyLoc, "batch"), "Field required", null, null));
        }
        else
        {
            batch = ValidateBatch(batchNode, errors);
        }

        var prepend = false;
        if (fields is not null && fields.TryGetPropertyValue("prepend", out var prependNode))
        {
            var schema = _parser.Component("Body_enqueue_batch").GetProperty("properties").GetProperty("prepend");
            prepend = _parser.Parse(schema, prependNode, Loc(BodyLoc, "prepend"), errors, coerceNumbersToStr: false) is { Full: { } value }
                && value.GetValue<bool>();
        }

        return errors.Count > 0 || batch is null
            ? new EnqueueValidation(errors, null)
            : new EnqueueValidation(errors, batch with { Prepend = prepend });
    }

    private ValidatedBatch? ValidateBatch(JsonNode? value, List<FastApiError> errors)
    {
        if (value is not JsonObject batch)
        {
            errors.Add(new FastApiError("model_type", BatchLoc, "Input should be a valid dictionary or instance of Batch", value?.DeepClone(),
                new JsonObject { ["class_name"] = "Batch" }));
            return null;
        }

        var properties = _parser.Component("Batch").GetProperty("properties");
        var before = errors.Count;

        var batchId = batch.TryGetPropertyValue("batch_id", out var idNode)
            ? _parser.Parse(properties.GetProperty("batch_id"), idNode, Loc(BatchLoc, "batch_id"), errors, false)?.Full?.GetValue<string>()
            : Guid.NewGuid().ToString();
        var origin = OptionalString(batch, "origin", properties, errors);
        var destination = OptionalString(batch, "destination", properties, errors);
        var data = ValidateData(batch, properties, errors);

        JsonObject? graph = null;
        JsonObject? echoGraph = null;
        ParsedGraph? parsedGraph = null;
        if (!batch.TryGetPropertyValue("graph", out var graphNode))
        {
            errors.Add(new FastApiError("missing", Loc(BatchLoc, "graph"), "Field required", batch.DeepClone(), null));
        }
        else
        {
            (graph, echoGraph, parsedGraph) = ValidateGraph(graphNode, errors);
        }

        JsonObject? workflow = null;
        if (batch.TryGetPropertyValue("workflow", out var workflowNode) && workflowNode is not null)
        {
            workflow = _parser.ParseModel("WorkflowWithoutID", workflowNode, Loc(BatchLoc, "workflow"), errors, false)?.Full?.AsObject();
        }

        var runs = 1;
        if (batch.TryGetPropertyValue("runs", out var runsNode))
        {
            var parsed = _parser.Parse(properties.GetProperty("runs"), runsNode, Loc(BatchLoc, "runs"), errors, false);
            runs = parsed is { Full: { } r } ? (int)Math.Min(r.GetValue<long>(), int.MaxValue) : 1;
        }

        if (errors.Count > before || graph is null || parsedGraph is null)
        {
            return null;
        }

        if (data is not null
            && BatchDataRules.NodeAndFieldProblem(data, parsedGraph.Nodes.ToDictionary(n => n.Key, StringComparer.Ordinal)) is { } problem)
        {
            errors.Add(ValueError(BatchLoc, problem, batch));
            return null;
        }

        return new ValidatedBatch(batchId!, origin, destination, data, graph, workflow, runs, Prepend: false) { EchoGraph = echoGraph };
    }

    private string? OptionalString(JsonObject batch, string name, JsonElement properties, List<FastApiError> errors) =>
        batch.TryGetPropertyValue(name, out var node)
            ? _parser.Parse(properties.GetProperty(name), node, Loc(BatchLoc, name), errors, false)?.Full?.GetValue<string>()
            : null;

    private JsonArray? ValidateData(JsonObject batch, JsonElement properties, List<FastApiError> errors)
    {
        if (!batch.TryGetPropertyValue("data", out var dataNode) || dataNode is null)
        {
            return null;
        }

        var loc = Loc(BatchLoc, "data");
        var parsed = _parser.Parse(properties.GetProperty("data"), dataNode, loc, errors, false);
        if (parsed is not { Full: JsonArray data })
        {
            return null;
        }

        if (BatchDataRules.FirstProblem(data) is { } problem)
        {
            errors.Add(ValueError(loc, problem, dataNode));
            return null;
        }

        return data;
    }

    private (JsonObject? Lean, JsonObject? Full, ParsedGraph? Parsed) ValidateGraph(JsonNode? value, List<FastApiError> errors)
    {
        var loc = Loc(BatchLoc, "graph");
        if (value is not JsonObject graph)
        {
            errors.Add(new FastApiError("model_type", loc, "Input should be a valid dictionary or instance of Graph", value?.DeepClone(),
                new JsonObject { ["class_name"] = "Graph" }));
            return (null, null, null);
        }

        var before = errors.Count;
        var properties = _parser.Component("Graph").GetProperty("properties");
        var id = graph.TryGetPropertyValue("id", out var idNode)
            ? _parser.Parse(properties.GetProperty("id"), idNode, Loc(loc, "id"), errors, false)?.Full?.GetValue<string>()
            : Guid.NewGuid().ToString();

        var leanNodes = new JsonObject();
        var fullNodes = new JsonObject();
        var nodes = new List<ParsedNode>();
        if (graph.TryGetPropertyValue("nodes", out var nodesNode))
        {
            if (nodesNode is not JsonObject nodeMap)
            {
                errors.Add(new FastApiError("dict_type", Loc(loc, "nodes"), "Input should be a valid dictionary", nodesNode?.DeepClone(), null));
            }
            else
            {
                foreach (var (key, node) in nodeMap)
                {
                    if (ValidateNode(key, node, Loc(loc, "nodes", key), errors) is { } parsed)
                    {
                        leanNodes[key] = parsed.Value.Lean;
                        fullNodes[key] = parsed.Value.Full;
                        nodes.Add(parsed.Node);
                    }
                }
            }
        }

        var leanEdges = new JsonArray();
        var edges = new List<ParsedEdge>();
        if (graph.TryGetPropertyValue("edges", out var edgesNode))
        {
            if (edgesNode is not JsonArray edgeList)
            {
                errors.Add(new FastApiError("list_type", Loc(loc, "edges"), "Input should be a valid list", edgesNode?.DeepClone(), null));
            }
            else
            {
                for (var i = 0; i < edgeList.Count; i++)
                {
                    if (_parser.ParseModel("Edge", edgeList[i], Loc(loc, "edges", i), errors, false) is { Lean: JsonObject edge })
                    {
                        leanEdges.Add(edge);
                        edges.Add(new ParsedEdge(End(edge["source"]!), End(edge["destination"]!)));
                    }
                }
            }
        }

        if (errors.Count > before)
        {
            return (null, null, null);
        }

        var parsedGraph = new ParsedGraph(nodes, edges);
        if (GraphSelfValidator.FirstProblem(_types, parsedGraph) is { } problem)
        {
            errors.Add(ValueError(loc, problem, graph));
            return (null, null, null);
        }

        var lean = new JsonObject { ["id"] = id, ["nodes"] = leanNodes, ["edges"] = leanEdges };
        var full = new JsonObject { ["id"] = id, ["nodes"] = fullNodes, ["edges"] = leanEdges.DeepClone() };
        return (lean, full, parsedGraph);
    }

    private static EdgeEnd End(JsonNode connection) => new((string)connection["node_id"]!, (string)connection["field"]!);

    /// <summary>One node of <c>Graph.nodes</c>, parsed by the discriminated union on <c>type</c>.</summary>
    private (ParsedValue Value, ParsedNode Node)? ValidateNode(string key, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        if (value is not JsonObject node)
        {
            errors.Add(new FastApiError("model_attributes_type", loc, "Input should be a valid dictionary or object to extract fields from", value?.DeepClone(), null));
            return null;
        }

        if (!node.TryGetPropertyValue("type", out var tagNode))
        {
            errors.Add(new FastApiError("union_tag_not_found", loc, "Unable to extract tag using discriminator 'type'", node.DeepClone(),
                new JsonObject { ["discriminator"] = "'type'" }));
            return null;
        }

        var tag = PythonText.TagText(tagNode);
        var template = tagNode?.GetValueKind() == JsonValueKind.String ? _schema.FindNode(tag) : null;
        if (template is null)
        {
            errors.Add(new FastApiError("union_tag_invalid", loc,
                $"Input tag '{tag}' found using 'type' does not match any of the expected tags: {_expectedTags}", node.DeepClone(),
                new JsonObject { ["discriminator"] = "'type'", ["tag"] = tag, ["expected_tags"] = _expectedTags }));
            return null;
        }

        var factories = new Dictionary<string, Func<JsonNode>> { ["id"] = () => JsonValue.Create(Guid.NewGuid().ToString()) };
        if (_parser.ParseModel(template.SchemaName, node, Loc(loc, template.Type), errors, coerceNumbersToStr: true, factories) is not { } parsed)
        {
            return null;
        }

        return (parsed, new ParsedNode(key, (string)parsed.Full!["id"]!, template));
    }

    private static FastApiError ValueError(IReadOnlyList<object> loc, string message, JsonNode input) =>
        new("value_error", loc, "Value error, " + message, input.DeepClone(), new JsonObject { ["error"] = new JsonObject() });

    private static IReadOnlyList<object> Loc(IReadOnlyList<object> loc, params object[] parts)
    {
        var result = loc;
        foreach (var part in parts)
        {
            result = SchemaValueParser.Append(result, part);
        }

        return result;
    }
}
