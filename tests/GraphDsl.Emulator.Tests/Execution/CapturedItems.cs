using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>The captured queue items in <c>Data/</c>.</summary>
internal static class CapturedItems
{
    public static IEnumerable<object[]> Names => [["call-wf-sdxl-text-to-image.json"], ["call-wf-flux-image-to-image.json"]];

    public static JsonObject Load(string name) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name)))!;
}
