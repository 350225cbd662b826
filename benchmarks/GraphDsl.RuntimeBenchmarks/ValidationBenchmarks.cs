using BenchmarkDotNet.Attributes;

namespace GraphDsl.RuntimeBenchmarks;

/// <summary><c>Graph.GetProblems()</c> (everything <c>Validate()</c> checks) on chains of 1k, 10k and 100k nodes: it should grow linearly.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Graph _graph = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = Graphs.AddChain(Nodes);

    [Benchmark]
    public int Validate() => _graph.GetProblems().Count;
}
