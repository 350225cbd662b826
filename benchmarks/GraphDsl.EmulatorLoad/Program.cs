using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GraphDsl.Emulator;

// Load test of the emulator: N one-node `add` graphs enqueued over HTTP by C concurrent callers, then awaited until
// every item is completed. Reports enqueue latency percentiles, enqueue and execution throughput, and peak memory.
// dotnet run -c Release -- [items (10000)] [concurrency (4)]
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;

await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions { MaxQueueSize = items + 1 });
using var http = new HttpClient { BaseAddress = server.BaseAddress };

static string Body(int i) => $$$"""
    {"batch":{"graph":{"id":"g{{{i}}}","nodes":{"add":{"id":"add","type":"add","a":{{{i}}},"b":1}},"edges":[]},"runs":1},"prepend":false}
    """;

// Warm-up: JIT and connection pool.
for (var i = 0; i < 200; i++)
    (await http.PostAsync("api/v1/queue/warmup/enqueue_batch", new StringContent(Body(i), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
await WaitForCompletedAsync(http, "warmup", 200);

var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
var latencies = new double[items];
var next = -1;
var total = Stopwatch.StartNew();
var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < items)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync("api/v1/queue/default/enqueue_batch", new StringContent(Body(i), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
})).ToArray();
await Task.WhenAll(workers);
var enqueued = total.Elapsed;
await WaitForCompletedAsync(http, "default", items);
var done = total.Elapsed;

var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
Array.Sort(latencies);
double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)(p * latencies.Length))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    items: {items}, concurrent callers: {concurrency}
    enqueue: {items / enqueued.TotalSeconds:F0} items/s over {enqueued.TotalSeconds:F2} s; latency p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, max {latencies[^1]:F2} ms
    enqueue → all completed: {done.TotalSeconds:F2} s = {items / done.TotalSeconds:F0} items/s executed
    peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB; managed heap {heapBefore / 1048576.0:F0} MB before, {heapAfter / 1048576.0:F0} MB after = {(heapAfter - heapBefore) / (double)items / 1024:F1} KB kept per finished item (the queue's history)
    """));

static async Task WaitForCompletedAsync(HttpClient http, string queue, int count)
{
    while (true)
    {
        var status = await http.GetFromJsonAsync<JsonObject>($"api/v1/queue/{queue}/status");
        var completed = (int)status!["queue"]!["completed"]!;
        var failed = (int)status["queue"]!["failed"]!;
        if (failed > 0)
            throw new InvalidOperationException($"{failed} items failed.");
        if (completed >= count)
            return;
        await Task.Delay(20);
    }
}
