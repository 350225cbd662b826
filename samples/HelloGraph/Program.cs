using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;

// The hello graph, end to end: against the InvokeAI server at --url URL (or $INVOKEAI_URL) when one is given,
// else against GraphDsl's in-process emulator.
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("INVOKEAI_URL");

var g = new GraphBuilder("hello-graph");
var add = g.Add(new AddInvocation { A = 2, B = 3 });
var mul = g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 });
Graph graph = g.Build();

await using var emulator = url is null ? await InvokeEmulator.StartAsync() : null;
var server = emulator?.BaseAddress ?? new Uri(url!);
await using var invoke = new InvokeClient(server);
GraphRun run = await invoke.RunAsync(graph);

Console.WriteLine($"(2 + 3) × 10 = {run.Output(mul).Value}, computed by {(emulator is null ? server : "the in-process emulator")}");
