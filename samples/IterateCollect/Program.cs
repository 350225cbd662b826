using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;

// range → iterate → add 100 to each item → collect: the per-item outputs come back in iteration order, and the
// collector's list with them. Against --url URL (or $INVOKEAI_URL) when given, else against the in-process emulator.
var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("INVOKEAI_URL");

var g = new GraphBuilder("iterate-collect");
var range = g.Add(new RangeInvocation { Start = 0, Stop = 5, Step = 1 });
var each = g.Add(new IterateInvocation { Collection = range.Out.Collection });
var add = g.Add(new AddInvocation { A = each.Out.Item, B = 100 });
var collect = g.Add(new CollectInvocation { Item = add.Out.Value });

await using var emulator = url is null ? await InvokeEmulator.StartAsync() : null;
await using var invoke = new InvokeClient(emulator?.BaseAddress ?? new Uri(url!));
GraphRun run = await invoke.RunAsync(g.Build());

Console.WriteLine($"each + 100: {string.Join(", ", run.Outputs(add).Select(o => o.Value))}");
Console.WriteLine($"collected:  {run.Output(collect).Collection?.GetRawText()}");
