using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace GraphDsl.RuntimeBenchmarks;

/// <summary>The enqueue_batch body of a 1,000-node, ~2,000-edge graph: GraphDsl's writer against System.Text.Json reflection over dictionaries.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Batch _batch = null!;
    private Dictionary<string, object?> _dictionaries = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);

    [GlobalSetup]
    public void Setup()
    {
        var graph = Graphs.AddChain(1000);
        _batch = new Batch(graph) { Runs = 1, Origin = "benchmark" };
        _dictionaries = Graphs.AsDictionaries(graph);
    }

    [Benchmark(Baseline = true, Description = "STJ reflection, dictionaries")]
    public int SystemTextJsonDictionaries()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _dictionaries);
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "GraphDsl Batch.WriteEnqueueRequest")]
    public int GraphDslBatch()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        _batch.WriteEnqueueRequest(writer);
        return _buffer.WrittenCount;
    }
}
