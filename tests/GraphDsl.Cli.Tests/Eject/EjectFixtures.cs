using System.Text.Json.Nodes;
using GraphDsl.Cli.Eject;
using GraphDsl.Cli.Schemas;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>The 6.14 model and catalog the ejector and the expected graphs are made with, and the captured workflows.</summary>
internal static class EjectFixtures
{
    private static readonly Lazy<GenerationModel> Model = new(() =>
    {
        var path = CliHarness.TestFile("schemas/invokeai-6.14.openapi.json");
        return SchemaParser.Parse(path, File.ReadAllText(path), SchemaParser.DefaultNamespace).Model!;
    });

    private static readonly Lazy<ModelNodeCatalog> Catalog = new(() => ModelNodeCatalog.Create(Model.Value));

    /// <summary>The 6.14 schema as the generator reads it, in <c>InvokeAI.Nodes</c>.</summary>
    public static GenerationModel Model614 => Model.Value;

    /// <summary>The 6.14 node types read at run time.</summary>
    public static INodeCatalog Catalog614 => Catalog.Value;

    /// <summary>
    /// A captured queue item (<c>Data/call-wf-*.json</c>): its <c>session.graph</c>, read with the 6.14 catalog (which
    /// drops the stale values the UI leaves on connected inputs, as the converter does), and its workflow's labels
    /// and exposed fields.
    /// </summary>
    public static (EjectRequest Request, Graph Expected) Captured(string name)
    {
        var item = JsonNode.Parse(File.ReadAllText(CliHarness.TestFile(Path.Combine("Data", name + ".json"))))!.AsObject();
        var expected = Graph.FromJson(item["session"]!["graph"]!.ToJsonString(), Catalog614);
        var workflow = item["workflow"] is JsonValue text ? JsonNode.Parse(text.GetValue<string>())!.AsObject() : item["workflow"]!.AsObject();

        var nodes = workflow["nodes"]!.AsArray().Where(n => (string?)n!["type"] == "invocation").Select(n => n!["data"]!.AsObject()).ToList();
        var labels = nodes.ToDictionary(n => (string)n["id"]!, n => (string?)n["label"] ?? "", StringComparer.Ordinal);
        var inputs = workflow["exposedFields"]!.AsArray()
            .Select(e => (NodeId: (string)e!["nodeId"]!, Field: (string)e["fieldName"]!))
            .Select(e => new EjectInput(e.NodeId, e.Field, Label(nodes.FirstOrDefault(n => (string)n["id"]! == e.NodeId)?["inputs"]?[e.Field]?["label"])))
            .ToList();
        var request = new EjectRequest(expected.ToJson(), labels, inputs, (string?)workflow["name"], (string?)workflow["description"]);
        return (request, expected);
    }

    private static string? Label(JsonNode? label) => label is JsonValue value && value.GetValue<string>() is { Length: > 0 } text ? text : null;
}
