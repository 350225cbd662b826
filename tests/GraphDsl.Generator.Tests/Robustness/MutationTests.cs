using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Generator.Emitting;
using GraphDsl.Generator.Parsing;
using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace GraphDsl.Generator.Tests.Robustness;

/// <summary>
/// 1,000 seeded random mutations of the real 6.14 document: the generator never throws, and every run ends in
/// generated code or GDSL diagnostics.
/// </summary>
/// <remarks>
/// <para>
/// Most cases drive <see cref="SchemaParser.Parse"/> and <see cref="SourceEmitter"/> directly, the code the generator
/// runs; every <see cref="DriverEvery"/>th case also goes through the real <see cref="GeneratorDriver"/> (where
/// <c>AddSource</c> checks hint names) and is compared with the direct run. Emitting skips units equal to one of the
/// unmutated document, as the incremental pipeline does (units are equatable and cached). A few cases whose output
/// changed are compiled; compile errors there are reported in the test output, not failed on.
/// </para>
/// <para>
/// Reproduce one case with <c>GRAPHDSL_MUTATION_CASE=&lt;index&gt;</c> (and <c>GRAPHDSL_MUTATION_SEED</c> if it was set);
/// <c>GRAPHDSL_MUTATION_CASES</c> and <c>GRAPHDSL_MUTATION_COMPILE</c> change how many cases run and are compiled.
/// </para>
/// </remarks>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const string SchemaPath = "/project/mutated.openapi.json";
    private const int DriverEvery = 20;

    private static readonly int Seed = Setting("GRAPHDSL_MUTATION_SEED", 614_2025);
    private static readonly int CaseCount = Setting("GRAPHDSL_MUTATION_CASES", 1000);
    private static readonly int OnlyCase = Setting("GRAPHDSL_MUTATION_CASE", -1);
    private static readonly int CompiledCount = Setting("GRAPHDSL_MUTATION_COMPILE", 10);

    private static readonly Lazy<Corpus> Original = new(() => new Corpus(Schemas.Text("6.14")));
    private static readonly Lazy<Compilation> Empty = new(() => GeneratorHarness.CreateCompilation("namespace Empty { }"));

    [Fact]
    [Trait("Category", "Slow")]
    public void Random_mutations_of_the_real_document_never_crash_the_generator_and_always_end_in_output_or_diagnostics()
    {
        var corpus = Original.Value;
        var failures = new ConcurrentBag<Failure>();
        var outcomes = new ConcurrentBag<Outcome>();
        var total = Stopwatch.StartNew();
        var cases = OnlyCase >= 0 ? [OnlyCase] : Enumerable.Range(0, CaseCount).ToArray();

        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            MutatedCase mutated;
            var started = Stopwatch.GetTimestamp();
            try
            {
                mutated = Mutator.Build(corpus, Seed, index, verify: index % DriverEvery == 0);
                Interlocked.Add(ref _mutateTicks, Stopwatch.GetTimestamp() - started);
            }
            catch (Exception ex)
            {
                failures.Add(new Failure(index, "(mutation failed)", "the test's mutator threw: " + ex));
                return;
            }
            var viaDriver = OnlyCase >= 0 || index % DriverEvery == 0;
            outcomes.Add(Check(corpus, mutated, viaDriver, failures));
        });
        static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var checkedIn = total.Elapsed;

        // Compile a few cases whose generated code changed, spread over the run.
        var failed = failures.Select(f => f.Case).ToHashSet();
        var changed = outcomes.Where(o => o.ChangedUnits > 0 && !failed.Contains(o.Case)).OrderBy(o => o.Case).ToList();
        var compiled = OnlyCase >= 0 ? changed : Spread(changed, CompiledCount);
        var compileReport = new List<string>();
        foreach (var outcome in compiled)
            compileReport.AddRange(Compile(corpus, outcome.Case, failures));

        output.WriteLine($"seed {Seed}: {cases.Length} cases checked in {checkedIn.TotalSeconds:F1} s "
            + $"({cases.Count(i => i % DriverEvery == 0)} through the driver), {compiled.Count} compiled, total {total.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"CPU time per case: mutate {Ms(_mutateTicks) / cases.Length:F0} ms, parse {Ms(_parseTicks) / cases.Length:F0} ms, "
            + $"emit {Ms(_emitTicks) / cases.Length:F0} ms; per driver case {Ms(_driverTicks) / Math.Max(1, cases.Count(i => OnlyCase >= 0 || i % DriverEvery == 0)):F0} ms");
        output.WriteLine($"outcomes: {outcomes.Count(o => o.Sources > 0)} with generated code ({outcomes.Count(o => o.ChangedUnits > 0)} changed from the original), "
            + $"{outcomes.Count(o => o.Sources == 0)} with diagnostics only");
        foreach (var group in outcomes.SelectMany(o => o.Ids.Distinct()).GroupBy(id => id).OrderBy(g => g.Key))
            output.WriteLine($"  {group.Key}: in {group.Count()} cases");
        foreach (var line in compileReport)
            output.WriteLine(line);

        if (!failures.IsEmpty)
            Assert.Fail(Describe(failures, cases.Length));
    }

    private static long _mutateTicks, _parseTicks, _emitTicks, _driverTicks;

    private static Outcome Check(Corpus corpus, MutatedCase mutated, bool viaDriver, ConcurrentBag<Failure> failures)
    {
        void Fail(string problem) => failures.Add(new Failure(mutated.Index, mutated.Description, problem));

        // 1. The parser, as the generator's Parse step calls it.
        ParseResult result;
        var started = Stopwatch.GetTimestamp();
        try
        {
            result = SchemaParser.Parse(SchemaPath, mutated.Text, SchemaParser.DefaultNamespace);
            Interlocked.Add(ref _parseTicks, Stopwatch.GetTimestamp() - started);
        }
        catch (Exception ex)
        {
            Fail("SchemaParser.Parse threw: " + ex);
            return new Outcome(mutated.Index, 0, 0, []);
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var info in result.Diagnostics)
        {
            try
            {
                var diagnostic = info.ToDiagnostic();
                var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                if (info.Id == "GDSL005" && message.Contains(RobustnessSupport.SwallowedCrash, StringComparison.Ordinal))
                    Fail("an exception inside the parser, caught by its safety net: " + message);
                diagnostics.Add(diagnostic);
            }
            catch (Exception ex)
            {
                Fail($"DiagnosticInfo.ToDiagnostic threw for {info.Id} [{string.Join(" | ", info.Arguments)}]: {ex}");
            }
        }

        started = Stopwatch.GetTimestamp();

        // Every diagnostic points into the schema file, at a place consistent with its text.
        int[]? lineStarts = null;
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            var start = diagnostic.Location.SourceSpan.Start;
            var end = diagnostic.Location.SourceSpan.End;
            lineStarts ??= LineStarts(mutated.Text);
            var line = Array.BinarySearch(lineStarts, start);
            line = line < 0 ? ~line - 1 : line;
            if (span.Path != SchemaPath || start < 0 || end > mutated.Text.Length
                || span.StartLinePosition.Line != line || span.StartLinePosition.Character != start - lineStarts[line])
                Fail($"{diagnostic.Id} is located at '{span.Path}' {span.Span} (offset {start}..{end}), but that offset is line {line}, column {start - lineStarts[Math.Max(0, line)]} of {mutated.Text.Length} characters: {diagnostic}");
        }

        // 2. The emitter, for every unit the incremental pipeline would not take from its cache.
        var units = result.Model is null ? [] : EmitUnit.Split(result.Model).ToList();
        foreach (var clash in units.GroupBy(u => u.HintName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            Fail($"two generated files have the hint name '{clash.Key}' (ignoring case, as AddSource compares them): the generator fails with CS8785 — {string.Join(", ", clash.Select(u => u.HintName))}");
        var changed = 0;
        var emitter = new SourceEmitter();
        foreach (var unit in units.Where(u => !corpus.BaselineUnits.Contains(u)))
        {
            changed++;
            try
            {
                var source = emitter.Emit(unit);
                if (string.IsNullOrWhiteSpace(source.Text))
                    Fail($"SourceEmitter.Emit gave an empty file for {unit.HintName}");
            }
            catch (Exception ex)
            {
                Fail($"SourceEmitter.Emit threw for {unit.HintName}: {ex}");
            }
        }

        Interlocked.Add(ref _emitTicks, Stopwatch.GetTimestamp() - started);
        started = Stopwatch.GetTimestamp();

        // 3. Output or diagnostics, never neither.
        if (units.Count == 0 && !diagnostics.Any(d => d.Id.StartsWith("GDSL", StringComparison.Ordinal)))
            Fail("the run generated nothing and reported nothing");

        // 4. Now and then, the real driver: same result, and nothing escapes.
        if (viaDriver)
        {
            try
            {
                var driver = GeneratorHarness.CreateDriver([new SchemaInput(SchemaPath, mutated.Text)], trackSteps: false).RunGenerators(Empty.Value);
                var run = driver.GetRunResult();
                foreach (var problem in RobustnessSupport.GeneratorFailures(run, run.Diagnostics))
                    Fail("driver: " + problem);
                var sources = run.Results.Sum(r => r.GeneratedSources.Length);
                if (sources == 0 && !run.Diagnostics.Any(d => d.Id.StartsWith("GDSL", StringComparison.Ordinal)))
                    Fail("driver: the run generated nothing and reported nothing");
                if (run.Results.All(r => r.Exception is null))
                {
                    if (sources != units.Count)
                        Fail($"driver generated {sources} files, the direct run {units.Count}");
                    var driverIds = string.Join(",", run.Diagnostics.Select(d => d.Id + d.Location.GetLineSpan()).Order());
                    var directIds = string.Join(",", diagnostics.Select(d => d.Id + d.Location.GetLineSpan()).Order());
                    if (driverIds != directIds)
                        Fail($"driver diagnostics [{driverIds}] differ from the direct run's [{directIds}]");
                }
            }
            catch (Exception ex)
            {
                Fail("the generator driver threw: " + ex);
            }
            Interlocked.Add(ref _driverTicks, Stopwatch.GetTimestamp() - started);
        }

        return new Outcome(mutated.Index, units.Count, changed, diagnostics.Select(d => d.Id).ToList());
    }

    /// <summary>Generates and compiles one case; errors in the generated code are returned as report lines.</summary>
    private static List<string> Compile(Corpus corpus, int index, ConcurrentBag<Failure> failures)
    {
        var mutated = Mutator.Build(corpus, Seed, index);
        var report = new List<string>();
        try
        {
            var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, mutated.Text));
            foreach (var problem in RobustnessSupport.GeneratorFailures(run.Result, run.GeneratorDiagnostics))
                failures.Add(new Failure(index, mutated.Description, "compiled run: " + problem));
            var errors = run.Compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.StartsWith("/project/User", StringComparison.Ordinal) != true)
                .ToList();
            report.Add($"compiled case {index} [{mutated.Description}]: {(errors.Count == 0 ? "no errors" : errors.Count + " errors in generated code")}");
            foreach (var error in errors.GroupBy(e => e.Id).Select(g => g.First()))
                report.Add($"    {error.Id} e.g. {Path.GetFileName(error.Location.SourceTree?.FilePath)}{error.Location.GetLineSpan().Span}: {error.GetMessage(CultureInfo.InvariantCulture)} — `{Line(error)}`");
        }
        catch (Exception ex)
        {
            failures.Add(new Failure(index, mutated.Description, "generating and compiling threw: " + ex));
        }
        return report;
    }

    private static string Line(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        return tree is null ? "" : tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim();
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        return starts.ToArray();
    }

    private static List<T> Spread<T>(List<T> items, int count) =>
        items.Count <= count ? items : Enumerable.Range(0, count).Select(i => items[i * items.Count / count]).ToList();

    private static string Describe(ConcurrentBag<Failure> failures, int caseCount)
    {
        var lines = new List<string> { $"{failures.Select(f => f.Case).Distinct().Count()} of {caseCount} mutated cases failed (seed {Seed}). By kind:" };
        foreach (var group in failures.GroupBy(f => Kind(f.Problem)).OrderByDescending(g => g.Count()))
        {
            lines.Add($"- {group.Count()} × {group.Key}");
            foreach (var failure in group.OrderBy(f => f.Case).Take(3))
            {
                lines.Add($"    case {failure.Case} [{failure.Description}] (reproduce: GRAPHDSL_MUTATION_SEED={Seed} GRAPHDSL_MUTATION_CASE={failure.Case} dotnet test --filter FullyQualifiedName~Robustness.MutationTests)");
                lines.Add("      " + Truncate(failure.Problem, 1500).Replace("\n", "\n      "));
            }
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A failure's kind: its message up to the first quote or line break, so that cases group.</summary>
    private static string Kind(string problem)
    {
        var end = problem.IndexOfAny(['\'', '\n', '\r']);
        return Truncate(end > 0 ? problem.Substring(0, end).Trim() : problem, 160);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + " …";

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed record Failure(int Case, string Description, string Problem);

    private sealed record Outcome(int Case, int Sources, int ChangedUnits, List<string> Ids);
}

/// <summary>One mutated document and what was done to it.</summary>
internal sealed record MutatedCase(int Index, string Text, string Description);

/// <summary>The unmutated document: its tree, a catalogue of its values, and the units it generates.</summary>
internal sealed class Corpus
{
    private readonly JsonDocument _document;

    public Corpus(string text)
    {
        Text = text;
        // Kept for the life of the test process: every case's tree reads from it (reading a JsonDocument is thread-safe).
        _document = JsonDocument.Parse(text);
        Walk(_document.RootElement, -1, "", isIndex: false, generated: false, depth: 0, key: "");
        var baseline = SchemaParser.Parse("/project/original.openapi.json", text, SchemaParser.DefaultNamespace);
        Assert.Empty(baseline.Diagnostics);
        BaselineUnits = EmitUnit.Split(baseline.Model!).ToHashSet();
    }

    public string Text { get; }

    /// <summary>Every value of the document: its parent entry, its member name or index.</summary>
    public List<Entry> Entries { get; } = [];

    /// <summary>Entries inside an invocation or output schema: the ones that matter most to the generator.</summary>
    public List<int> InGenerated { get; } = [];

    /// <summary>Entries that are <c>$ref</c> strings.</summary>
    public List<int> References { get; } = [];

    /// <summary>Keys of invocation and output schemas.</summary>
    public List<string> GeneratedSchemaKeys { get; } = [];

    public HashSet<EmitUnit> BaselineUnits { get; }

    /// <summary>The original text of the root, its members, the members of <c>components</c> and every schema, by <see cref="Key"/>.</summary>
    public Dictionary<string, string> RawTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Separates the names in a <see cref="Key"/>.</summary>
    public const char Separator = '\u0001';

    public static string Key(IEnumerable<string> path) => string.Join(Separator, path);

    /// <summary>
    /// A private tree to mutate. It is backed by the parsed original and only materializes (copies) the nodes a
    /// mutation walks through, so a case costs little more than what it changes.
    /// </summary>
    public JsonNode Copy() => JsonObject.Create(_document.RootElement)!;

    /// <summary>JSON-pointer-like text of an entry, for descriptions.</summary>
    public string Pointer(int entry) => "/" + string.Join("/", Segments(entry).Select(s => s.Segment));

    public List<Entry> Segments(int entry)
    {
        var segments = new List<Entry>();
        for (var e = entry; e > 0; e = Entries[e].Parent)
            segments.Add(Entries[e]);
        segments.Reverse();
        return segments;
    }

    private void Walk(JsonElement element, int parent, string segment, bool isIndex, bool generated, int depth, string? key)
    {
        var index = Entries.Count;
        if (depth <= 3 && key is not null)
            RawTexts[key] = depth == 0 ? Text : element.GetRawText();
        Entries.Add(new Entry(parent, segment, isIndex, element.ValueKind));
        if (generated)
            InGenerated.Add(index);
        if (segment == "$ref" && element.ValueKind == JsonValueKind.String)
            References.Add(index);
        var inSchemas = depth == 2 && Entries[parent].Segment == "components" && segment == "schemas";
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var childGenerated = generated;
                    if (inSchemas && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("class", out var c)
                        && c.GetString() is "invocation" or "output")
                    {
                        childGenerated = true;
                        GeneratedSchemaKeys.Add(property.Name);
                    }
                    Walk(property.Value, index, property.Name, isIndex: false, childGenerated, depth + 1, key is null ? null : depth == 0 ? property.Name : key + Separator + property.Name);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, index, (i++).ToString(CultureInfo.InvariantCulture), isIndex: true, generated, depth + 1, null);
                break;
        }
    }
}

internal readonly record struct Entry(int Parent, string Segment, bool IsIndex, JsonValueKind Kind);

/// <summary>
/// The mutations: structural ones on a <see cref="JsonNode"/> tree, then text ones (a key written twice, truncation) on
/// its serialization. Only what was touched is re-serialized; the rest keeps the original text.
/// </summary>
internal static class Mutator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] OddKeys = ["", "123 starts with a digit", "class", "WireEnums", "ToWire", "Ünïcödé Invocation", "a/b~c", "Add Invocation", "Ports", "Invocation"];

    /// <summary>Stands for the JSON escape <c>\ud800</c> (valid JSON, but not valid UTF-16), which a tree cannot hold.</summary>
    private const string LoneSurrogate = "@@lone-surrogate@@";

    private enum Kind { DeleteKey, ReplaceValue, Truncate, SchemaKey, BreakReference }

    /// <summary>One case being built: the private tree and the paths (at most 3 names deep) whose text must be rewritten.</summary>
    private sealed class Work(Corpus corpus, JsonNode root, Random random)
    {
        public Corpus Corpus { get; } = corpus;
        public JsonNode Root { get; } = root;
        public Random Random { get; } = random;
        public HashSet<string> Dirty { get; } = new(StringComparer.Ordinal);

        public void Touch(IEnumerable<string> path) => Dirty.Add(Corpus.Key(path.Take(3)));

        public void Touch(int entry) => Touch(Corpus.Segments(entry).Select(e => e.Segment));
    }

    /// <summary>Case <paramref name="index"/> of the run seeded <paramref name="seed"/>: the same text every time.</summary>
    /// <param name="verify">Also checks that the text is exactly the mutated tree (costly; for a sample of cases).</param>
    public static MutatedCase Build(Corpus corpus, int seed, int index, bool verify = false)
    {
        var work = new Work(corpus, corpus.Copy(), new Random(unchecked(seed * 1_000_003 + index)));
        var random = work.Random;
        var descriptions = new List<string>();
        var truncate = false;
        string? duplicateKey = null;
        string? duplicateValue = null;

        var count = random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            switch (PickKind(random))
            {
                case Kind.DeleteKey:
                    descriptions.Add(DeleteKey(work));
                    break;
                case Kind.ReplaceValue:
                    descriptions.Add(ReplaceValue(work));
                    break;
                case Kind.Truncate:
                    truncate = true;
                    break;
                case Kind.SchemaKey:
                    descriptions.Add(SchemaKey(work, ref duplicateKey, ref duplicateValue));
                    break;
                case Kind.BreakReference:
                    descriptions.Add(BreakReference(work));
                    break;
            }
        }

        var pieces = new List<string>();
        Write(pieces, work, work.Root, []);
        var text = string.Concat(pieces);
        if (verify && !JsonNode.DeepEquals(JsonNode.Parse(text), work.Root))
            throw new InvalidOperationException("the serialized text is not the mutated tree");

        if (duplicateKey is not null)
        {
            // A key written twice in one object: JsonNode cannot hold it, so it is spliced into the text.
            var components = text.IndexOf("\"components\": {", StringComparison.Ordinal);
            var schemas = components < 0 ? -1 : text.IndexOf("\"schemas\": {", components, StringComparison.Ordinal);
            if (schemas >= 0)
            {
                var at = schemas + "\"schemas\": {".Length;
                text = text.Substring(0, at) + "\n" + JsonSerializer.Serialize(duplicateKey, Indented) + ": " + duplicateValue + "," + text.Substring(at);
            }
        }
        text = text.Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal);
        if (truncate)
        {
            var offset = random.Next(0, text.Length);
            descriptions.Add($"truncate at offset {offset} of {text.Length}");
            text = text.Substring(0, offset);
        }
        return new MutatedCase(index, text, string.Join("; ", descriptions).Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal));
    }

    /// <summary>Writes <paramref name="node"/>: its original text if nothing in it was touched, else member by member, else serialized.</summary>
    private static void Write(List<string> builder, Work work, JsonNode? node, List<string> path)
    {
        var key = Corpus.Key(path);
        var prefix = path.Count == 0 ? "" : key + Corpus.Separator;
        var dirty = work.Dirty.Contains(key);
        var dirtyBelow = work.Dirty.Any(d => d.Length > prefix.Length && d.StartsWith(prefix, StringComparison.Ordinal) && (path.Count > 0 || d.Length > 0));
        if (!dirty && !dirtyBelow && work.Corpus.RawTexts.TryGetValue(key, out var raw))
        {
            builder.Add(raw);
            return;
        }
        if (dirty || !dirtyBelow || node is not JsonObject obj)
        {
            builder.Add(node is null ? "null" : node.ToJsonString(Indented));
            return;
        }
        builder.Add("{");
        var first = true;
        foreach (var (name, child) in obj)
        {
            builder.Add(first ? "\n" : ",\n");
            builder.Add(JsonSerializer.Serialize(name, Indented));
            builder.Add(": ");
            first = false;
            path.Add(name);
            Write(builder, work, child, path);
            path.RemoveAt(path.Count - 1);
        }
        builder.Add("\n}");
    }

    private static Kind PickKind(Random random) => random.Next(100) switch
    {
        < 25 => Kind.DeleteKey,
        < 55 => Kind.ReplaceValue,
        < 65 => Kind.Truncate,
        < 80 => Kind.SchemaKey,
        _ => Kind.BreakReference,
    };

    /// <summary>A random entry: most often inside an invocation or output schema, else anywhere.</summary>
    private static int PickEntry(Work work) =>
        work.Random.NextDouble() < 0.6
            ? work.Corpus.InGenerated[work.Random.Next(work.Corpus.InGenerated.Count)]
            : 1 + work.Random.Next(work.Corpus.Entries.Count - 1);

    private static string DeleteKey(Work work)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var entry = PickEntry(work);
            if (work.Corpus.Entries[entry].IsIndex || !TryFindParent(work, entry, out var parent) || parent is not JsonObject obj)
                continue;
            if (obj.Remove(work.Corpus.Entries[entry].Segment))
            {
                work.Touch(entry);
                return $"delete {work.Corpus.Pointer(entry)}";
            }
        }
        return "delete (nothing found)";
    }

    private static string ReplaceValue(Work work)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var entry = PickEntry(work);
            if (!TryFindParent(work, entry, out var parent))
                continue;
            var segment = work.Corpus.Entries[entry].Segment;
            var current = parent is JsonObject obj ? obj[segment] : ((JsonArray)parent)[int.Parse(segment, CultureInfo.InvariantCulture)];
            var from = current?.GetValueKind() ?? JsonValueKind.Null;
            var value = OtherValue(work.Random, from, out var to);
            if (parent is JsonObject o)
                o[segment] = value;
            else
                ((JsonArray)parent)[int.Parse(segment, CultureInfo.InvariantCulture)] = value;
            work.Touch(entry);
            return $"replace {work.Corpus.Pointer(entry)} ({from}) with {to} {value?.ToJsonString(Compact) ?? "null"}";
        }
        return "replace (nothing found)";
    }

    /// <summary>A fresh value of a JSON type other than <paramref name="current"/>.</summary>
    private static JsonNode? OtherValue(Random random, JsonValueKind current, out JsonValueKind kind)
    {
        JsonValueKind[] kinds = [JsonValueKind.Number, JsonValueKind.String, JsonValueKind.Array, JsonValueKind.Object, JsonValueKind.Null, JsonValueKind.True];
        var normalized = current == JsonValueKind.False ? JsonValueKind.True : current;
        var choices = kinds.Where(k => k != normalized).ToArray();
        kind = choices[random.Next(choices.Length)];
        switch (kind)
        {
            case JsonValueKind.Number:
                return random.Next(6) switch
                {
                    0 => JsonValue.Create(0),
                    1 => JsonValue.Create(-1),
                    2 => JsonValue.Create(3),
                    3 => JsonValue.Create(2.5),
                    4 => JsonValue.Create(1e300),
                    _ => JsonValue.Create(ulong.MaxValue),
                };
            case JsonValueKind.String:
                return JsonValue.Create(random.Next(9) switch
                {
                    0 => "",
                    1 => "x",
                    2 => "#/components/schemas/DoesNotExist",
                    3 => "integer",
                    4 => "invocation",
                    5 => "Ünïcödé ∑ 😀",
                    6 => "quote \" backslash \\ newline \n end",
                    7 => "line\u2028separator </summary> */",
                    _ => LoneSurrogate,
                });
            case JsonValueKind.Array:
                return random.Next(4) switch
                {
                    0 => new JsonArray(),
                    1 => new JsonArray(1, "a", null),
                    2 => new JsonArray(new JsonObject()),
                    _ => new JsonArray(new JsonArray("nested")),
                };
            case JsonValueKind.Object:
                return random.Next(4) switch
                {
                    0 => new JsonObject(),
                    1 => new JsonObject { ["type"] = "integer" },
                    2 => new JsonObject { ["$ref"] = "#/components/schemas/ImageField" },
                    _ => new JsonObject { ["anyOf"] = new JsonArray() },
                };
            case JsonValueKind.Null:
                return null;
            default:
                kind = random.Next(2) == 0 ? JsonValueKind.True : JsonValueKind.False;
                return JsonValue.Create(kind == JsonValueKind.True);
        }
    }

    private static string SchemaKey(Work work, ref string? duplicateKey, ref string? duplicateValue)
    {
        var random = work.Random;
        if (work.Root["components"] is not JsonObject components || !components.TryGetPropertyValue("schemas", out var node) || node is not JsonObject schemas || schemas.Count == 0)
            return "schema key (no components/schemas)";
        var keys = schemas.Select(p => p.Key).ToList();
        var present = work.Corpus.GeneratedSchemaKeys.Where(schemas.ContainsKey).ToList();
        var key = random.NextDouble() < 0.7 && present.Count > 0 ? present[random.Next(present.Count)] : keys[random.Next(keys.Count)];
        var other = keys[random.Next(keys.Count)];
        var caseVariant = key.Length > 0 && char.IsUpper(key[0]) ? char.ToLowerInvariant(key[0]) + key.Substring(1) : key.ToUpperInvariant();

        switch (random.Next(7))
        {
            case 0:
                return Rename(work, schemas, key, key + "Renamed");
            case 1:
                return Rename(work, schemas, key, caseVariant);
            case 2:
                return Duplicate(work, schemas, key, caseVariant, "differs in case only");
            case 3:
                return Duplicate(work, schemas, key, key + "Copy", "same wire type twice");
            case 4:
                return Rename(work, schemas, key, OddKeys[random.Next(OddKeys.Length)]);
            case 5:
                return Rename(work, schemas, key, other);
            default:
                duplicateKey = key;
                duplicateValue = schemas[other]?.ToJsonString(Indented) ?? "null";
                return $"write key '{key}' twice in components/schemas, first with the value of '{other}'";
        }
    }

    private static string Duplicate(Work work, JsonObject schemas, string key, string copy, string note)
    {
        if (schemas.ContainsKey(copy))
            return $"duplicate schema '{key}' as '{copy}' (already there: no-op)";
        schemas[copy] = schemas[key]?.DeepClone();
        work.Touch(["components", "schemas", copy]);
        return $"duplicate schema '{key}' as '{copy}' ({note})";
    }

    /// <summary>Renames a schema in place (keeping its position), replacing any schema already called <paramref name="to"/>.</summary>
    private static string Rename(Work work, JsonObject schemas, string from, string to)
    {
        if (from == to)
            return $"rename schema '{from}' to itself (no-op)";
        var replaced = schemas.Remove(to);
        var index = schemas.IndexOf(from);
        var value = schemas[from];
        schemas.RemoveAt(index);
        schemas.Insert(index, to, value);
        work.Touch(["components", "schemas", from]);
        work.Touch(["components", "schemas", to]);
        return $"rename schema '{from}' to '{to}'{(replaced ? " (replacing the schema of that name)" : "")}";
    }

    private static string BreakReference(Work work)
    {
        var random = work.Random;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var entry = work.Corpus.References[random.Next(work.Corpus.References.Count)];
            if (!TryFindParent(work, entry, out var parent) || parent is not JsonObject obj
                || !obj.TryGetPropertyValue("$ref", out var current) || current?.GetValueKind() != JsonValueKind.String)
                continue;
            var old = current.GetValue<string>();
            JsonNode? target;
            var roll = random.Next(100);
            if (roll < 40)
            {
                target = JsonValue.Create($"#/components/schemas/DoesNotExist{random.Next(100)}");
            }
            else if (roll < 75 && work.Root["components"]?["schemas"] is JsonObject schemas && schemas.Count > 0)
            {
                target = JsonValue.Create("#/components/schemas/" + schemas.GetAt(random.Next(schemas.Count)).Key);
            }
            else
            {
                target = random.Next(7) switch
                {
                    0 => JsonValue.Create(""),
                    1 => JsonValue.Create("#/components/schemas/"),
                    2 => JsonValue.Create("#/definitions/ImageField"),
                    3 => JsonValue.Create("https://example.com/schema.json#/ImageField"),
                    4 => JsonValue.Create("#/components/schemas/a~1b~0c"),
                    5 => JsonValue.Create(5),
                    _ => null,
                };
            }
            obj["$ref"] = target;
            work.Touch(entry);
            return $"$ref {work.Corpus.Pointer(entry)}: '{old}' → {target?.ToJsonString(Compact) ?? "null"}";
        }
        return "$ref (nothing found)";
    }

    /// <summary>Finds the node holding <paramref name="entry"/> in the mutated tree, following the original path.</summary>
    private static bool TryFindParent(Work work, int entry, out JsonNode parent)
    {
        parent = work.Root;
        var segments = work.Corpus.Segments(entry);
        for (var i = 0; i < segments.Count - 1; i++)
        {
            JsonNode? next = null;
            if (parent is JsonObject obj)
                obj.TryGetPropertyValue(segments[i].Segment, out next);
            else if (parent is JsonArray array && segments[i].IsIndex && int.Parse(segments[i].Segment, CultureInfo.InvariantCulture) < array.Count)
                next = array[int.Parse(segments[i].Segment, CultureInfo.InvariantCulture)];
            if (next is null)
                return false;
            parent = next;
        }
        var last = segments[^1];
        return parent switch
        {
            JsonObject o => !last.IsIndex && o.ContainsKey(last.Segment),
            JsonArray a => last.IsIndex && int.Parse(last.Segment, CultureInfo.InvariantCulture) < a.Count,
            _ => false,
        };
    }
}
