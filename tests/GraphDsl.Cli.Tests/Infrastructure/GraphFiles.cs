using System.Text.Json.Nodes;

namespace GraphDsl.Cli.Tests.Infrastructure;

/// <summary>Graph files for the verbs that take one.</summary>
public static class GraphFiles
{
    /// <summary><c>(2 + 3) × 10</c>: an <c>add</c> node feeding a <c>mul</c> node.</summary>
    public const string Hello = """
        {
          "id": "hello",
          "nodes": {
            "add": { "id": "add", "type": "add", "a": 2, "b": 3 },
            "mul": { "id": "mul", "type": "mul", "b": 10 }
          },
          "edges": [
            { "source": { "node_id": "add", "field": "value" }, "destination": { "node_id": "mul", "field": "a" } }
          ]
        }
        """;

    /// <summary>The <c>session.graph</c> of a real queue item captured from InvokeAI (Data/call-wf-*.json).</summary>
    public static JsonObject Captured(string name)
    {
        var item = JsonNode.Parse(File.ReadAllText(CliHarness.TestFile(Path.Combine("Data", name + ".json"))))!.AsObject();
        return item["session"]!["graph"]!.DeepClone().AsObject();
    }
}
