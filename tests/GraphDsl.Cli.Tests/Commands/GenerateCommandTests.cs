using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>graphdsl generate</c>: the source generator's files, written by the command line.</summary>
public sealed class GenerateCommandTests
{
    [Theory]
    [InlineData("invokeai-6.8.openapi.json")]
    [InlineData("invokeai-6.14.openapi.json")]
    public async Task Writes_exactly_the_files_the_source_generator_emits(string schema)
    {
        using var dir = new TempDirectory();
        var path = CliHarness.TestFile(Path.Combine("schemas", schema));

        var result = await CliHarness.RunAsync("generate", "--schema", path, "--out", dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = RunGenerator(path);
        var written = Directory.GetFiles(dir.Path).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
            Assert.True(text == written[name], $"{name} differs from the generator's");
        Assert.Contains($"{expected.Count} file(s) written, 0 unchanged, 0 stale deleted", result.Output);
    }

    [Fact]
    public async Task A_second_run_leaves_unchanged_files_alone_and_deletes_files_the_schema_no_longer_produces()
    {
        using var dir = new TempDirectory();
        var schema = CliHarness.TestFile("schemas/invokeai-6.14.openapi.json");
        Assert.Equal(0, (await CliHarness.RunAsync("generate", "-s", schema, "-o", dir.Path)).ExitCode);
        var add = dir.File("InvokeAI.Nodes.AddInvocation.g.cs");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(add, stamp);
        var stale = dir.Write("InvokeAI.Nodes.GoneInvocation.g.cs", "// from an older schema");
        var unrelated = dir.Write("Other.Thing.g.cs", "// not ours");

        var result = await CliHarness.RunAsync("generate", "-s", schema, "-o", dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 file(s) written", result.Output);
        Assert.Contains("1 stale deleted", result.Output);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(add));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task The_namespace_option_sets_the_namespace_of_every_file()
    {
        using var dir = new TempDirectory();

        var result = await CliHarness.RunAsync("generate", "-s", CliHarness.TestFile("schemas/invokeai-6.14.openapi.json"), "-o", dir.Path, "--namespace", "My.Invoke");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Directory.GetFiles(dir.Path);
        Assert.All(files, f => Assert.StartsWith("My.Invoke.", Path.GetFileName(f), StringComparison.Ordinal));
        Assert.Contains("namespace My.Invoke", File.ReadAllText(Path.Combine(dir.Path, "My.Invoke.AddInvocation.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_namespace_is_one_error_line_and_exit_code_2()
    {
        using var dir = new TempDirectory();

        var result = await CliHarness.RunAsync("generate", "-s", CliHarness.TestFile("schemas/invokeai-6.14.openapi.json"), "-o", dir.Path, "-n", "not a namespace");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'not a namespace' is not a valid C# namespace.", result.Error);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task A_malformed_schema_is_reported_with_file_line_and_column_and_nothing_is_written()
    {
        using var dir = new TempDirectory();
        var schema = dir.Write("broken.openapi.json", "{\n  \"openapi\": \"3.1.0\",\n  \"components\": [\n");
        var output = Path.Combine(dir.Path, "out");

        var result = await CliHarness.RunAsync("generate", "-s", schema, "-o", output);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"broken\.openapi\.json\(\d+,\d+\): error GDSL\d{3}", line);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_missing_schema_file_is_one_clear_line()
    {
        using var dir = new TempDirectory();

        var result = await CliHarness.RunAsync("generate", "-s", dir.File("nope.json"), "-o", dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("graphdsl: cannot read the schema", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> RunGenerator(string schemaPath)
    {
        var compilation = CSharpCompilation.Create("consumer", [CSharpSyntaxTree.ParseText("class C { }")]);
        var driver = CSharpGeneratorDriver.Create([new GraphDslGenerator().AsSourceGenerator()], [new SchemaText(schemaPath)]);
        var run = driver.RunGenerators(compilation).GetRunResult();
        return run.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    private sealed class SchemaText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(path));
    }
}
