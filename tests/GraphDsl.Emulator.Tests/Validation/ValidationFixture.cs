using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;
using GraphDsl.Emulator.Validation;

namespace GraphDsl.Emulator.Tests.Validation;

/// <summary>The 6.14 schema and validator, loaded once for the validation tests, and body builders.</summary>
internal static class ValidationFixture
{
    private static readonly Lazy<EnqueueValidator> Instance = new(() => new EnqueueValidator(InvokeSchema.LoadDefault()));

    public static EnqueueValidator Validator => Instance.Value;

    public static EnqueueValidation Validate(string body)
    {
        using var document = JsonDocument.Parse(body);
        return Validator.Validate(document.RootElement);
    }

    /// <summary><c>{"batch": {"graph": {"id": "g", "nodes": {nodes}, "edges": [edges]}, batchExtra}}</c>.</summary>
    public static string Body(string nodes, string edges = "", string batchExtra = "") =>
        "{\"batch\":{\"graph\":{\"id\":\"g\",\"nodes\":{" + nodes + "},\"edges\":[" + edges + "]}" + (batchExtra.Length > 0 ? "," + batchExtra : "") + "}}";

    /// <summary>A node entry <c>"id": {"id": "id", "type": "type", fields}</c>.</summary>
    public static string Node(string id, string type, string fields = "") =>
        $"\"{id}\":{{\"id\":\"{id}\",\"type\":\"{type}\"" + (fields.Length > 0 ? "," + fields : "") + "}";

    /// <summary>An edge <c>{source: {node_id, field}, destination: {node_id, field}}</c>.</summary>
    public static string Edge(string from, string fromField, string to, string toField) =>
        $"{{\"source\":{{\"node_id\":\"{from}\",\"field\":\"{fromField}\"}},\"destination\":{{\"node_id\":\"{to}\",\"field\":\"{toField}\"}}}}";

    public static string LocText(FastApiError error) => string.Join("/", error.Loc);

    public static JsonObject CapturedItem(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file)))!.AsObject();
}
