using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Model;
using GraphDsl.Generator.Parsing;

namespace GraphDsl.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --split [N]</c>: a quick Stopwatch split of where a generator run's time goes
/// (medians over N warm repetitions), to say what dominates without a profiler.
/// </summary>
internal static class SplitProfile
{
    public static void Run(int repetitions)
    {
        var path = DriverSupport.SchemaPath("6.14");
        var bytes = File.ReadAllBytes(path);
        var text = File.ReadAllText(path);
        var additional = new InMemoryAdditionalText("/project/schemas/invokeai-6.14.openapi.json", text);
        var compilation = DriverSupport.CreateCompilation();
        var model = SchemaParser.Parse(path, text, SchemaParser.DefaultNamespace).Model!;
        var units = EmitUnit.Split(model).ToList();
        DriverSupport.CreateDriver(additional).RunGeneratorsAndUpdateCompilation(compilation, out var generatedCompilation, out _);
        var generated = generatedCompilation.SyntaxTrees.Skip(1).ToList();
        Console.WriteLine($"generated: {generated.Count} files, {generated.Sum(t => t.GetText().Length) / 1024} KiB, {generated.Sum(t => t.GetText().Lines.Count)} lines");

        var rows = new List<(string Name, Func<object?> Action)>
        {
            ("JsonDocument.Parse (bytes)", () => { using var d = JsonDocument.Parse(bytes); return d.RootElement.ValueKind; }),
            ("JsonDocument.Parse (comments skipped, as SchemaReader)", () => { using var d = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 }); return d.RootElement.ValueKind; }),
            ("SourceText.ToString (3 MB copy)", () => additional.GetText().ToString()),
            ("UTF-8 encode of the text", () => Encoding.UTF8.GetBytes(text)),
            ("SchemaParser.Parse", () => SchemaParser.Parse(path, text, SchemaParser.DefaultNamespace)),
            ("EmitUnit.Split", () => EmitUnit.Split(model).ToList()),
            ("Emit: node units", () => Emit(units, u => u.Node is not null)),
            ("Emit: output/object units", () => Emit(units, u => u.Node is null && (u.Output is not null || u.Object is not null))),
            ("Emit: other units (enums, catalog)", () => Emit(units, u => u.Node is null && u.Output is null && u.Object is null)),
            ("SourceEmitter.EmitAll (all)", () => new SourceEmitter().EmitAll(model).ToList()),
            ("GeneratorRun (fresh driver)", () => DriverSupport.CreateDriver(additional).RunGenerators(compilation).GetRunResult()),
            ("Compile+emit generated code", () => CompileGenerated(generatedCompilation)),
        };

        var parsed = SchemaParser.Parse(path, text, SchemaParser.DefaultNamespace);
        Console.WriteLine($"units: {units.Count} ({units.Count(u => u.Node is not null)} nodes); parse diagnostics: {parsed.Diagnostics.Count}"
            + string.Concat(parsed.Diagnostics.GroupBy(d => d.Id).Select(g => $" {g.Key}×{g.Count()}")));
        Console.WriteLine($"{"step",-52} {"median ms",10} {"alloc MB",10}");
        foreach (var (name, action) in rows)
        {
            for (var i = 0; i < 5; i++)
                action();
            var times = new List<double>();
            long allocated = 0;
            for (var i = 0; i < repetitions; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                GC.KeepAlive(action());
                sw.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name,-52} {times[times.Count / 2],10:F2} {allocated / 1048576.0,10:F1}");
        }
    }

    /// <summary>Runs one step (<c>parse</c>, <c>emit</c> or <c>generator</c>) <paramref name="count"/> times.</summary>
    public static void Loop(string step, int count)
    {
        var path = DriverSupport.SchemaPath("6.14");
        var text = File.ReadAllText(path);
        var additional = new InMemoryAdditionalText("/project/schemas/invokeai-6.14.openapi.json", text);
        var compilation = DriverSupport.CreateCompilation();
        var model = SchemaParser.Parse(path, text, SchemaParser.DefaultNamespace).Model!;
        Func<object?> action = step switch
        {
            "parse" => () => SchemaParser.Parse(path, text, SchemaParser.DefaultNamespace),
            "emit" => () => new SourceEmitter().EmitAll(model).ToList(),
            _ => () => DriverSupport.CreateDriver(additional).RunGenerators(compilation).GetRunResult(),
        };
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            GC.KeepAlive(action());
        Console.WriteLine($"{step}: {count} runs, {sw.Elapsed.TotalMilliseconds / count:F2} ms each");
    }

    /// <summary>What the compiler does with the generated trees in a build: bind, check and emit IL + PDB.</summary>
    private static long CompileGenerated(Microsoft.CodeAnalysis.Compilation generated)
    {
        // A fresh compilation over the same trees, so nothing bound earlier is reused.
        var fresh = generated.RemoveAllSyntaxTrees().AddSyntaxTrees(generated.SyntaxTrees);
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = fresh.Emit(pe, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
        if (!result.Success)
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(5)));
        return pe.Length;
    }

    private static int Emit(List<EmitUnit> units, Func<EmitUnit, bool> which)
    {
        var n = 0;
        var emitter = new SourceEmitter();
        foreach (var unit in units)
            if (which(unit))
                n += emitter.Emit(unit).Text.Length;
        return n;
    }
}
