using GraphDsl.Generator.Tests.Infrastructure;

namespace GraphDsl.Generator.Tests;

/// <summary>
/// The generated code of a small fixture, compared with reviewed baselines in <c>Fixtures/Baselines</c>.
/// A difference fails the test and leaves <c>*.received.cs.txt</c> beside the baseline; baselines are never rewritten by a test.
/// </summary>
public sealed class BaselineTests
{
    private static readonly string BaselineDirectory = Path.Combine(SourceDirectory(), "Fixtures", "Baselines");

    public static TheoryData<string> HintNames()
    {
        var data = new TheoryData<string>();
        foreach (var source in Generate().Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            data.Add(source.HintName);
        return data;
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_source_matches_its_baseline(string hintName)
    {
        var actual = Generate().Source(hintName).Replace("\r\n", "\n");
        var baselinePath = Path.Combine(BaselineDirectory, Path.ChangeExtension(hintName, ".cs.txt").Replace(".g.cs.cs.txt", ".g.cs.txt"));
        var receivedPath = baselinePath.Replace(".g.cs.txt", ".g.received.cs.txt");
        var expected = File.Exists(baselinePath) ? File.ReadAllText(baselinePath).Replace("\r\n", "\n") : null;
        if (expected != actual)
        {
            Directory.CreateDirectory(BaselineDirectory);
            File.WriteAllText(receivedPath, actual);
            Assert.Fail(expected is null
                ? $"No baseline for {hintName}; the output was written to {receivedPath}. Review it and rename it to {Path.GetFileName(baselinePath)}."
                : $"{hintName} differs from its baseline; the new output is in {receivedPath}. Review the difference before replacing the baseline.");
        }
        if (File.Exists(receivedPath))
            File.Delete(receivedPath);
    }

    [Fact]
    public void Every_baseline_is_still_generated()
    {
        var generated = Generate().Sources.Select(s => s.HintName.Replace(".g.cs", ".g.cs.txt")).ToHashSet();
        var baselines = Directory.GetFiles(BaselineDirectory, "*.g.cs.txt").Select(Path.GetFileName).Where(n => !n!.Contains(".received.", StringComparison.Ordinal));

        Assert.All(baselines, b => Assert.Contains(b!, generated));
    }

    [Fact]
    public void Fixture_output_compiles_without_warnings()
    {
        Assert.Empty(Generate().CompileProblems().Select(d => d.ToString()));
    }

    private static GeneratorRun Generate() => GeneratorHarness.Run(new SchemaInput("/project/mini.openapi.json", Schemas.Fixture("mini.openapi.json")));

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
