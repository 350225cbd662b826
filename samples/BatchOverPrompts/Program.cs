using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;

// One graph, one batch over three prompts: three queue items, one result each, in the order of the values.
// Against --url URL (or $INVOKEAI_URL) when given, else against the in-process emulator.
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("INVOKEAI_URL");

var g = new GraphBuilder("batch-over-prompts");
var prompt = g.Add(new StringJoinInvocation { StringLeft = "a watercolor of ", StringRight = "" });
var batch = new Batch(g.Build());
batch.Data.Add(BatchDatum.Of(prompt, "string_right", "a red fox", "a lighthouse at dusk", "three green owls"));

await using var emulator = url is null ? await InvokeEmulator.StartAsync() : null;
await using var invoke = new InvokeClient(emulator?.BaseAddress ?? new Uri(url!));
BatchRun runs = await invoke.RunAsync(batch);

Console.WriteLine($"batch {runs.Enqueue.BatchId}: {runs.Enqueue.Enqueued} items");
foreach (var run in runs)
    Console.WriteLine($"  item {run.ItemId}: \"{run.Output(prompt).Value}\"");
