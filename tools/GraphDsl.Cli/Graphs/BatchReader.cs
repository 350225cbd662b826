using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Cli.Graphs;

/// <summary>Builds the runtime's <see cref="Batch"/> from a graph file (nodes stay untyped: the file's JSON is sent as it is).</summary>
internal static class BatchReader
{
    /// <summary>The batch of <paramref name="document"/>, which <see cref="GraphChecker"/> found valid.</summary>
    public static Batch Read(GraphDocument document)
    {
        var body = document.Body;
        var json = body["batch"]!.AsObject();
        var graph = Graph.FromJson(json["graph"]!.ToJsonString());
        var batch = new Batch(graph)
        {
            Runs = (int?)json["runs"] ?? 1,
            Origin = (string?)json["origin"] ?? "graphdsl",
            Destination = (string?)json["destination"],
            Prepend = (bool?)body["prepend"] ?? false,
        };
        if (json["workflow"] is JsonObject workflow)
            batch.Workflow = JsonSerializer.SerializeToElement(workflow);

        foreach (var group in json["data"]?.AsArray() ?? [])
        {
            batch.Data.Add(group!.AsArray().Select(datum => new BatchDatum(
                (string)datum!["node_path"]!,
                (string)datum["field_name"]!,
                datum["items"]!.AsArray().Select(item => JsonSerializer.SerializeToElement(item)))));
        }

        return batch;
    }
}
