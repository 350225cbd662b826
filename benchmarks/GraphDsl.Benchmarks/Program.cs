using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GraphDsl.Benchmarks;

public static class Program
{
    /// <summary>The goal: a whole generator run costs at most this many JSON parses of the same document.</summary>
    private const double GoalRatio = 10;

    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--split")
        {
            SplitProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
            return;
        }
        if (args.Length > 0 && args[0] == "--loop")
        {
            // For an external sampling profiler (dotnet-trace): repeat one step many times.
            SplitProfile.Loop(args.Length > 1 ? args[1] : "generator", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
            return;
        }
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        foreach (var summary in summaries)
            PrintGoal(summary);
    }

    private static void PrintGoal(Summary summary)
    {
        double? Median(string method) => summary.Reports
            .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Median;

        var json = Median(nameof(GeneratorBenchmarks.JsonDocumentParse));
        var run = Median(nameof(GeneratorBenchmarks.GeneratorRun));
        if (json is null || run is null)
            return;
        var ratio = run.Value / json.Value;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// GraphDsl goal: GeneratorRun median {run.Value / 1e6:F2} ms / JsonDocument.Parse median {json.Value / 1e6:F2} ms = {ratio:F1}x (goal <= {GoalRatio}x: {(ratio <= GoalRatio ? "met" : $"MISSED by {ratio / GoalRatio:F1}x")})"));
        foreach (var method in new[] { nameof(GeneratorBenchmarks.ParseOnly), nameof(GeneratorBenchmarks.EmitOnly) })
            if (Median(method) is { } m)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   {method} median {m / 1e6:F2} ms = {m / json.Value:F1}x JsonDocument.Parse"));
    }
}
