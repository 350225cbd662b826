using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphDsl.Benchmarks;

/// <summary>
/// The generator on InvokeAI 6.14's OpenAPI document (≈3 MB), against the cost of merely parsing that JSON.
/// Goal: <see cref="GeneratorRun"/> median ≤ 10 × <see cref="JsonDocumentParse"/> median.
/// </summary>
[MemoryDiagnoser]
[SimpleJob] // BenchmarkDotNet's default: it warms up until the JIT has tiered the code up (a 3-warm-up job measures tier-0 code here)
[MedianColumn]
public class GeneratorBenchmarks
{
    private const string Version = "6.14";

    private byte[] _bytes = null!;
    private string _text = null!;
    private string _path = null!;
    private InMemoryAdditionalText _additionalText = null!;
    private CSharpCompilation _compilation = null!;
    private GenerationModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = DriverSupport.SchemaPath(Version);
        _bytes = File.ReadAllBytes(_path);
        _text = File.ReadAllText(_path);
        _additionalText = new InMemoryAdditionalText("/project/schemas/invokeai-6.14.openapi.json", _text);
        _compilation = DriverSupport.CreateCompilation();
        _model = SchemaParser.Parse(_path, _text, SchemaParser.DefaultNamespace).Model
            ?? throw new InvalidOperationException("The 6.14 schema did not parse.");

        // Fail loudly rather than time a generator that produces nothing.
        var result = GeneratorRun();
        var generated = result.Results.Sum(r => r.GeneratedSources.Length);
        if (generated == 0 || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException($"Generator produced {generated} files and {result.Diagnostics.Length} diagnostics.");
        Console.WriteLine($"// GraphDsl: {generated} generated files, {EmitOnly()} from EmitOnly");
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(_bytes);
        return doc.RootElement.GetPropertyCount();
    }

    /// <summary>Parse + emit through a fresh <see cref="CSharpGeneratorDriver"/>: nothing cached from a previous run.</summary>
    [Benchmark]
    public GeneratorDriverRunResult GeneratorRun() =>
        DriverSupport.CreateDriver(_additionalText).RunGenerators(_compilation).GetRunResult();

    [Benchmark]
    public ParseResult ParseOnly() => SchemaParser.Parse(_path, _text, SchemaParser.DefaultNamespace);

    [Benchmark]
    public int EmitOnly() => new SourceEmitter().EmitAll(_model).ToList().Count;
}
