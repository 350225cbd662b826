using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Reflection;
using GraphDsl;
using GraphDsl.ClientBenchmarks;
using GraphDsl.Emulator;
using InvokeAI.Nodes;

// Speed goals of InvokeClient against the emulator on loopback:
//  1. completion-to-return latency (server marks the item `completed` → RunAsync returns), socket vs polling at 0.5 s;
//  2. 1,000 concurrent RunAsync over one client: HTTP requests per item, sockets, wall time, memory per awaiting run.
// The emulator runs in a CHILD process (this executable with --emulator), so that the client's managed heap and
// allocation counters contain only client-side objects, and the server's CPU work is not on the client's GC heap.
//
//   dotnet run -c Release --project benchmarks/GraphDsl.ClientBenchmarks [-- runsPerMode (200) concurrent (1000)]
if (args.Length > 0 && args[0] == "--emulator")
    return await EmulatorChild.RunAsync();

var runsPerMode = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var concurrent = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;

await using var server = await EmulatorProcess.StartAsync();
Console.WriteLine($"emulator: {server.BaseAddress} (child process {server.ProcessId}); runs per mode {runsPerMode}, concurrent runs {concurrent}; {Environment.ProcessorCount} cores");

var table = new List<string>();

// ---------------------------------------------------------------------------------------------------------------
// 1. Completion-to-return latency.
// The clock is socket-independent: when RunAsync returns we take DateTimeOffset.UtcNow and subtract the item's
// `completed_at` (written by the server from the same machine clock, UTC "yyyy-MM-dd HH:mm:ss.fff", TRUNCATED to
// the ms). So each sample overstates the true latency by [0, 1) ms: the numbers are conservative upper bounds.
// Each run is a one-node `add` graph whose node id `d{ms}` makes the emulator sleep ms before running it (the child
// registers NodeDelays d1..d700), so the item completes while the client is already waiting (with no delay it may
// complete before the client's first read, which would measure that read, not the wait).
//  - socket: delay uniform in [10, 50) ms (the socket's latency does not depend on when completion falls);
//  - polling: delay uniform in [0, 500) ms, i.e. completion falls uniformly within the FIRST 0.5 s polling interval
//    (the client re-reads 0.5 s after its first read, then backs off 1 s, 2 s, …): the polling best case.
// ---------------------------------------------------------------------------------------------------------------
var latencyRows = new List<(string Mode, double[] Ms, double ReqPerRun)>();
foreach (var (mode, options, minDelay, maxDelay) in new[]
{
    ("polling 0.5 s", new InvokeClientOptions { UseSocket = false, PollingInterval = TimeSpan.FromMilliseconds(500) }, 0, 500),
    ("socket", new InvokeClientOptions(), 10, 50),
})
{
    using var counter = new CountingHandler();
    using var http = counter.CreateClient(server.BaseAddress);
    await using var invoke = new InvokeClient(http, options);
    var random = new Random(42);
    var warmUp = mode == "socket" ? 30 : 6;
    for (var i = 0; i < warmUp; i++)
        await RunOneAsync(invoke, random.Next(minDelay, maxDelay), i);
    counter.Reset();
    var samples = new double[runsPerMode];
    for (var i = 0; i < runsPerMode; i++)
    {
        var delay = random.Next(minDelay, maxDelay);
        samples[i] = await RunOneAsync(invoke, delay, i);
        if (Environment.GetEnvironmentVariable("BENCH_TRACE") == "1")
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {mode} delay {delay} ms → latency {samples[i]:F1} ms"));
    }
    latencyRows.Add((mode, samples, counter.Total / (double)runsPerMode));
    Console.WriteLine($"  {mode}: done ({runsPerMode} runs)");
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Concurrent runs over ONE client (socket path, default options), plus the same on the polling path to compare.
// ---------------------------------------------------------------------------------------------------------------
var concurrentRows = new List<string>();
using var socketCounter = new CountingHandler();
using var socketHttp = socketCounter.CreateClient(server.BaseAddress);
await using var socketClient = new InvokeClient(socketHttp, new InvokeClientOptions());
for (var i = 0; i < 30; i++) // warm-up: JIT, connection pool, socket connected
    await RunOneAsync(socketClient, 0, i);

var heapBeforeBurst = GC.GetTotalMemory(forceFullCollection: true);
var (socketWall, socketAlloc) = await RunConcurrentAsync(socketClient, socketCounter, concurrent);
var burstConnections = socketCounter.Connections;
var heapAfterBurst = GC.GetTotalMemory(forceFullCollection: true); // runs dropped: what stays is mostly the idle connection pool
var socketsAfterBurst = await server.ConnectedSocketsAsync();
concurrentRows.Add(ConcurrentRow("socket", socketCounter, concurrent, socketWall, socketAlloc));

// Memory per awaiting run. Method: a blocker item (node id `hold`, which the emulator sleeps 10 min on) occupies the
// server's single session processor, so the next `concurrent` items stay pending. Baseline: GC.GetTotalMemory(true)
// after the graphs are built (the caller's input, not the client's cost) and the client is warm. Then start the runs,
// wait until every one has been enqueued AND has made its first item read (it is then parked on its socket
// subscription), and take GC.GetTotalMemory(true) again. (during - baseline) / N is the client-side heap held per
// awaiting run: the RunAsync/WaitCoreAsync state machines, tasks, subscriptions, channel, timers, linked CTSs.
// The emulator lives in another process, so its queue is not on this heap.
var holdGraphs = Enumerable.Range(0, concurrent).Select(i => AddGraph("add", i).Graph).ToArray();
var blockerGraph = AddGraph("hold", 0).Graph;
// Same client as the burst: its pool already holds the connections the burst opened, so the delta below is the
// per-run state, not new TCP connections (their cost is reported separately: heap retained after the burst).
socketCounter.Reset();
var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
var blocker = await socketClient.StartAsync(blockerGraph);
var holdWatch = Stopwatch.StartNew();
var held = holdGraphs.Select(g => socketClient.RunAsync(g)).ToArray();
while (socketCounter.Enqueues < concurrent + 1 || socketCounter.ItemReads < concurrent)
{
    if (holdWatch.Elapsed > TimeSpan.FromMinutes(2))
        throw new TimeoutException($"Only {socketCounter.Enqueues} enqueues / {socketCounter.ItemReads} reads after 2 min.");
    await Task.Delay(10);
}
var allAwaitingAfter = holdWatch.Elapsed;
await Task.Delay(200);
var heapDuring = GC.GetTotalMemory(forceFullCollection: true);
var stillAwaiting = held.Count(t => !t.IsCompleted);
var socketsWhileAwaiting = await server.ConnectedSocketsAsync();
await socketClient.CancelItemAsync(blocker.ItemId);
var drainWatch = Stopwatch.StartNew();
await Task.WhenAll(held);
var drain = drainWatch.Elapsed;
var heldConnections = socketCounter.Connections;
var heldRequestsPerItem = (socketCounter.Total - 1) / (double)concurrent; // minus the blocker's enqueue
GC.KeepAlive(holdGraphs);

// The polling path under the same burst, for comparison (no goal).
using (var pollCounter = new CountingHandler())
using (var pollHttp = pollCounter.CreateClient(server.BaseAddress))
{
    await using var pollClient = new InvokeClient(pollHttp, new InvokeClientOptions { UseSocket = false, PollingInterval = TimeSpan.FromMilliseconds(500) });
    for (var i = 0; i < 5; i++)
        await RunOneAsync(pollClient, 0, i);
    var (pollWall, pollAlloc) = await RunConcurrentAsync(pollClient, pollCounter, concurrent);
    concurrentRows.Add(ConcurrentRow("polling 0.5 s", pollCounter, concurrent, pollWall, pollAlloc));
}

// ---------------------------------------------------------------------------------------------------------------
// Summary.
// ---------------------------------------------------------------------------------------------------------------
var inv = CultureInfo.InvariantCulture;
Console.WriteLine();
Console.WriteLine($"1. completion → RunAsync return, {runsPerMode} sequential one-node add runs per mode (ms, upper bounds: completed_at is truncated to the ms)");
Console.WriteLine("   mode            p50      p90      p99      max   HTTP req/run");
foreach (var (mode, ms, req) in latencyRows)
{
    Array.Sort(ms);
    Console.WriteLine(string.Create(inv, $"   {mode,-13} {Pct(ms, 0.50),7:F1}  {Pct(ms, 0.90),7:F1}  {Pct(ms, 0.99),7:F1}  {ms[^1],7:F1}   {req,5:F2}"));
}
var socketP50 = Pct(latencyRows.Single(r => r.Mode == "socket").Ms, 0.50);
Console.WriteLine(string.Create(inv, $"   goal socket p50 <= 10 ms: {(socketP50 <= 10 ? "MET" : "MISSED")} ({socketP50:F1} ms)"));
Console.WriteLine();
Console.WriteLine($"2. {concurrent} concurrent RunAsync over one InvokeClient (one-node add graphs)");
Console.WriteLine("   mode           wall s   items/s   HTTP req/item (enq+reads+other)   max req/item   TCP conns   alloc KB/run");
foreach (var row in concurrentRows)
    Console.WriteLine(row);
var socketReq = socketCounter.LastBurstRequestsPerItem;
Console.WriteLine(string.Create(inv, $"   goal socket <= 3 HTTP requests per item: {(socketReq <= 3 ? "MET" : "MISSED")} ({socketReq:F2}, max {socketCounter.LastBurstMaxPerItem} on one item)"));
Console.WriteLine($"   socket.io connections on the server (emulator's SocketIoServer.ConnectedCount): {socketsAfterBurst} after the burst, {socketsWhileAwaiting} while {concurrent} runs awaited");
Console.WriteLine(string.Create(inv, $"   memory while awaiting (socket): {stillAwaiting}/{concurrent} runs parked after {allAwaitingAfter.TotalSeconds:F2} s; heap {heapBefore / 1048576.0:F2} MB → {heapDuring / 1048576.0:F2} MB = {(heapDuring - heapBefore) / (double)concurrent / 1024:F2} KB per awaiting run"));
Console.WriteLine(string.Create(inv, $"   TCP connections opened: {burstConnections} by the burst, {heldConnections} more by the held runs; heap retained after the burst (runs dropped; idle pool) {(heapAfterBurst - heapBeforeBurst) / 1048576.0:F2} MB"));
Console.WriteLine(string.Create(inv, $"   after releasing the blocker: {concurrent} items drained in {drain.TotalSeconds:F2} s; {heldRequestsPerItem:F2} HTTP req/item for the held runs"));
Console.WriteLine(string.Create(inv, $"   client process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
return 0;

static double Pct(double[] sorted, double p)
{
    var copy = (double[])sorted.Clone();
    Array.Sort(copy);
    return copy[Math.Clamp((int)Math.Ceiling(p * copy.Length) - 1, 0, copy.Length - 1)]; // nearest rank
}

static (Graph Graph, AddInvocation Add) AddGraph(string nodeId, long a)
{
    var g = new GraphBuilder();
    var add = g.Add(new AddInvocation { A = a, B = 1 }, nodeId);
    return (g.Build(), add);
}

// One sequential run; returns the completion-to-return latency in ms.
static async Task<double> RunOneAsync(InvokeClient invoke, int delayMs, long a)
{
    var (graph, add) = AddGraph(delayMs > 0 ? $"d{delayMs}" : "add", a);
    var run = await invoke.RunAsync(graph);
    var returned = DateTimeOffset.UtcNow;
    if (run.Output(add).Value != a + 1)
        throw new InvalidOperationException($"add({a}, 1) returned {run.Output(add).Value}.");
    var completedAt = DateTimeOffset.ParseExact(run.Item.Json.GetProperty("completed_at").GetString()!, "yyyy-MM-dd HH:mm:ss.fff",
        CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    return (returned - completedAt).TotalMilliseconds;
}

// N concurrent RunAsync calls; returns the wall time and the client-side bytes allocated per run
// (GC.GetTotalAllocatedBytes(precise) over the burst: every thread of this process, which holds only the client).
static async Task<(TimeSpan Wall, double AllocPerRun)> RunConcurrentAsync(InvokeClient invoke, CountingHandler counter, int n)
{
    var graphs = Enumerable.Range(0, n).Select(i => AddGraph("add", i)).ToArray();
    GC.Collect();
    counter.Reset();
    var allocBefore = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var runs = await Task.WhenAll(graphs.Select(g => invoke.RunAsync(g.Graph)));
    var wall = watch.Elapsed;
    var alloc = GC.GetTotalAllocatedBytes(precise: true) - allocBefore;
    for (var i = 0; i < n; i++)
        if (runs[i].Output(graphs[i].Add).Value != i + 1)
            throw new InvalidOperationException($"Run {i} returned {runs[i].Output(graphs[i].Add).Value}.");
    counter.MarkBurst(n);
    return (wall, alloc / (double)n);
}

static string ConcurrentRow(string mode, CountingHandler c, int n, TimeSpan wall, double alloc) => string.Create(CultureInfo.InvariantCulture,
    $"   {mode,-13} {wall.TotalSeconds,7:F2}  {n / wall.TotalSeconds,8:F0}   {c.Total / (double)n,5:F2} ({c.Enqueues / (double)n:F2}+{c.ItemReads / (double)n:F2}+{c.Other / (double)n:F2})              {c.MaxReadsPerItem + 1,3}          {c.Connections,5}      {alloc / 1024,7:F1}");

namespace GraphDsl.ClientBenchmarks
{
    /// <summary>
    /// Counts the requests an InvokeClient sends through the HttpClient it is given, by kind, with the item reads per
    /// item id, and the TCP connections the handler opens (its ConnectCallback).
    /// </summary>
    internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectCallback = ConnectAsync })
    {
        private static int s_connections;
        private int _connectionsAtReset;
        private int _total, _enqueues, _itemReads, _other;
        private System.Collections.Concurrent.ConcurrentDictionary<long, int> _readsPerItem = new();

        public int Total => Volatile.Read(ref _total);
        public int Enqueues => Volatile.Read(ref _enqueues);
        public int ItemReads => Volatile.Read(ref _itemReads);
        public int Other => Volatile.Read(ref _other);
        public int MaxReadsPerItem => _readsPerItem.IsEmpty ? 0 : _readsPerItem.Values.Max();

        /// <summary>TCP connections opened (by every CountingHandler) since the last reset.</summary>
        public int Connections => Volatile.Read(ref s_connections) - _connectionsAtReset;

        public double LastBurstRequestsPerItem { get; private set; }
        public int LastBurstMaxPerItem { get; private set; }

        public HttpClient CreateClient(Uri baseAddress) => new(this, disposeHandler: false) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };

        public void Reset()
        {
            _total = _enqueues = _itemReads = _other = 0;
            _readsPerItem = new();
            _connectionsAtReset = Volatile.Read(ref s_connections);
        }

        public void MarkBurst(int n)
        {
            LastBurstRequestsPerItem = Total / (double)n;
            LastBurstMaxPerItem = MaxReadsPerItem + 1;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _total);
            var path = request.RequestUri!.AbsolutePath;
            if (request.Method == HttpMethod.Post && path.EndsWith("/enqueue_batch", StringComparison.Ordinal))
                Interlocked.Increment(ref _enqueues);
            else if (request.Method == HttpMethod.Get && path.LastIndexOf("/i/", StringComparison.Ordinal) is var at and >= 0
                && long.TryParse(path.AsSpan(at + 3), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                Interlocked.Increment(ref _itemReads);
                _readsPerItem.AddOrUpdate(id, 1, (_, n) => n + 1);
            }
            else
                Interlocked.Increment(ref _other);
            return base.SendAsync(request, cancellationToken);
        }

        private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref s_connections);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }

    /// <summary>The emulator, in this process (child mode): prints READY, then answers `sockets` and `quit` on stdin.</summary>
    internal static class EmulatorChild
    {
        public static async Task<int> RunAsync()
        {
            var options = new EmulatorOptions { MaxQueueSize = 20_000 };
            for (var ms = 1; ms <= 700; ms++)
                options.Faults.NodeDelays[$"d{ms}"] = TimeSpan.FromMilliseconds(ms);
            options.Faults.NodeDelays["hold"] = TimeSpan.FromMinutes(10);
            await using var server = await InvokeEmulator.StartAsync(options);
            // The emulator does not expose its socket.io server; read its connection count by reflection (benchmark only).
            var sockets = typeof(InvokeEmulator).GetField("_sockets", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(server);
            var connected = sockets?.GetType().GetProperty("ConnectedCount");
            Console.WriteLine($"READY {server.BaseAddress}");
            while (await Console.In.ReadLineAsync() is { } line && line != "quit")
            {
                if (line == "sockets")
                    Console.WriteLine($"SOCKETS {(connected is null ? -1 : (int)connected.GetValue(sockets)!)}");
            }
            return 0;
        }
    }

    /// <summary>The parent's handle on the emulator child process.</summary>
    internal sealed class EmulatorProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly SemaphoreSlim _lock = new(1, 1);

        private EmulatorProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }
        public int ProcessId => _process.Id;

        public static async Task<EmulatorProcess> StartAsync()
        {
            var exe = Environment.ProcessPath!;
            var info = new ProcessStartInfo(exe) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
                info.ArgumentList.Add(typeof(EmulatorProcess).Assembly.Location);
            info.ArgumentList.Add("--emulator");
            var process = Process.Start(info)!;
            var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
                throw new InvalidOperationException($"The emulator did not start: {ready}");
            return new EmulatorProcess(process, new Uri(ready["READY ".Length..]));
        }

        /// <summary>The socket.io connections the emulator has open; -1 when it cannot tell.</summary>
        public async Task<int> ConnectedSocketsAsync()
        {
            await _lock.WaitAsync();
            try
            {
                await _process.StandardInput.WriteLineAsync("sockets");
                await _process.StandardInput.FlushAsync();
                var line = await _process.StandardOutput.ReadLineAsync();
                return line is not null && line.StartsWith("SOCKETS ", StringComparison.Ordinal) ? int.Parse(line["SOCKETS ".Length..], CultureInfo.InvariantCulture) : -1;
            }
            finally
            {
                _lock.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _process.StandardInput.WriteLineAsync("quit");
                await _process.StandardInput.FlushAsync();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception e) when (e is IOException or TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.Dispose();
            _lock.Dispose();
        }
    }
}
