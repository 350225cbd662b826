using CapturedGraphs;
using GraphDsl;

// Rebuilds the graphs of two queue items captured from an InvokeAI 6.8 server (see the Graphs folder) and prints
// each as the JSON the server receives in `enqueue_batch`.
Print("SDXL text to image", SdxlTextToImage.Build(graphId: "sdxl-text-to-image"));
Print("FLUX image to image", FluxImageToImage.Build(graphId: "flux-image-to-image"));

static void Print(string title, Graph graph)
{
    Console.WriteLine($"{title}: graph '{graph.Id}', {graph.Nodes.Count} nodes, {graph.Edges.Count} edges");
    foreach (var node in graph.Nodes)
        Console.WriteLine($"  {node.Id} ({node.Type} {node.Descriptor.Version})");
    foreach (var edge in graph.Edges)
        Console.WriteLine($"  {edge}");
    Console.WriteLine(graph.ToJson());
    Console.WriteLine();
}
