using GraphDsl;
using InvokeAI.Nodes;

var g = new GraphBuilder("hello-graph");
var add = g.Add(new AddInvocation { A = 2, B = 3 });
var mul = g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 });
Graph graph = g.Build();

Console.WriteLine($"Graph '{graph.Id}': {graph.Nodes.Count} nodes, {graph.Edges.Count} edge(s)");
foreach (var node in graph.Nodes)
    Console.WriteLine($"  {node.Id} ({node.Type} {node.Descriptor.Version})");
foreach (var edge in graph.Edges)
    Console.WriteLine($"  {edge}");
