using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;
using GraphDsl.Emulator.Validation;

namespace GraphDsl.Cli.Graphs;

/// <summary>
/// Checks a graph file locally: first exactly as the server validates an <c>enqueue_batch</c> body (the emulator's
/// pydantic-faithful validator), then the inputs the server only checks when a node runs.
/// </summary>
internal sealed class GraphChecker
{
    private readonly InvokeSchema _schema;
    private readonly EnqueueValidator _validator;

    /// <summary>Creates a checker for the nodes of <paramref name="schema"/>.</summary>
    public GraphChecker(InvokeSchema schema)
    {
        _schema = schema;
        _validator = new EnqueueValidator(schema);
    }

    /// <summary>Every problem of <paramref name="document"/>, in the server's order; empty when it would run.</summary>
    public IReadOnlyList<GraphIssue> Check(GraphDocument document)
    {
        var validation = _validator.Validate(JsonSerializer.SerializeToElement(document.Body));
        if (!validation.IsValid)
            return validation.Errors.Select(e => new GraphIssue(Where(e.Loc, document.Kind), e.Msg)).ToList();
        return MissingAtExecution(document).ToList();
    }

    /// <summary>Inputs required when the node runs (<c>orig_required</c>) that have no value, no edge and no batch datum.</summary>
    private IEnumerable<GraphIssue> MissingAtExecution(GraphDocument document)
    {
        var batch = document.Body["batch"]!.AsObject();
        var graph = batch["graph"]!.AsObject();
        var fed = new HashSet<(string Node, string Field)>();
        foreach (var edge in graph["edges"]?.AsArray() ?? [])
        {
            if (edge?["destination"] is JsonObject destination)
                fed.Add(((string)destination["node_id"]!, (string)destination["field"]!));
        }

        foreach (var group in batch["data"]?.AsArray() ?? [])
        {
            foreach (var datum in group?.AsArray() ?? [])
                fed.Add(((string)datum!["node_path"]!, (string)datum["field_name"]!));
        }

        foreach (var (id, node) in graph["nodes"]?.AsObject() ?? [])
        {
            var type = (string?)node?["type"];
            if (type is null || !_schema.Nodes.TryGetValue(type, out var template))
                continue;
            foreach (var field in template.Inputs)
            {
                if (!field.IsRequiredAtExecution || fed.Contains((id, field.Name)))
                    continue;
                if (node!.AsObject().TryGetPropertyValue(field.Name, out var value) && value is not null && value.GetValueKind() != JsonValueKind.Null)
                    continue;
                var message = field.Kind == InputKind.Connection ? "required input has no edge" : "required input has no value and no edge";
                yield return new GraphIssue($"node '{id}' ({type}), field '{field.Name}'", message, AtExecution: true);
            }
        }
    }

    /// <summary>A pydantic <c>loc</c> as a place in the file the user wrote.</summary>
    internal static string Where(IReadOnlyList<object> loc, GraphDocumentKind kind)
    {
        // Every file is validated as a body, so a graph's locs start with body/batch/graph.
        var parts = loc.Select(p => p.ToString()!).ToList();
        switch (parts)
        {
            case ["body", "batch", "graph", "nodes", var id, .. var node]:
                var where = node is [var tag, ..] ? $"node '{id}' ({tag})" : $"node '{id}'";
                return node.Count > 1 ? $"{where}, field '{string.Join('.', node.Skip(1))}'" : where;
            case ["body", "batch", "graph", "edges", var index, .. var edge]:
                return edge.Count > 0 ? $"edge #{index}, {string.Join('.', edge)}" : $"edge #{index}";
        }

        // Elsewhere: the path from what the file itself holds (a graph file's top level is the graph).
        string[] prefix = kind switch
        {
            GraphDocumentKind.Graph => ["body", "batch", "graph"],
            GraphDocumentKind.Batch => ["body", "batch"],
            _ => ["body"],
        };
        var start = 0;
        while (start < parts.Count && start < prefix.Length && parts[start] == prefix[start])
            start++;
        return start == parts.Count ? prefix[^1] : string.Join('.', parts.Skip(start));
    }
}
