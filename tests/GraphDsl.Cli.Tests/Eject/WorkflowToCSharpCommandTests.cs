using GraphDsl.Cli.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary><c>graphdsl workflow to-csharp</c>.</summary>
public sealed class WorkflowToCSharpCommandTests
{
    private const string TextToImage = "Text to Image - SDXL";

    private static string WorkflowPath(string name) => CliHarness.TestFile(Path.Combine("Workflows", name + ".json"));

    [Fact]
    public async Task Prints_the_ejected_code_on_standard_output()
    {
        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath(TextToImage));

        Assert.True(result.ExitCode == 0, result.ToString());
        var (_, request) = DefaultWorkflows.Convert(TextToImage);
        Assert.Equal(EjectRoundTrip.Eject(request).Source, result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Out_and_class_write_a_file_with_that_namespace_and_class_that_builds_the_graph()
    {
        using var dir = new TempDirectory();
        var file = dir.File("Graphs/Sdxl.cs");

        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath(TextToImage), "--class", "My.Graphs.Sdxl", "--out", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Sdxl: 12 nodes, 17 edges, 5 parameter(s); written to", result.Output);
        var source = File.ReadAllText(file);
        Assert.Contains("namespace My.Graphs;", source, StringComparison.Ordinal);
        Assert.Contains("public static class Sdxl", source, StringComparison.Ordinal);
        var (converted, request) = DefaultWorkflows.Convert(TextToImage);
        var ejected = EjectRoundTrip.Eject(request with { ClassName = "My.Graphs.Sdxl" });
        Assert.Equal(ejected.Source, source);
        var graph = EjectRoundTrip.Build(EjectRoundTrip.Compile(ejected), ejected, converted.Graph);
        EjectRoundTrip.AssertSameGraph(converted.Graph, graph, ejected);
    }

    [Fact]
    public async Task The_namespace_option_names_the_bindings_and_the_schema_option_reads_a_file()
    {
        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath(TextToImage),
            "--schema", CliHarness.TestFile("schemas/invokeai-6.14.openapi.json"), "--namespace", "My.Invoke");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("using My.Invoke;", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("InvokeAI.Nodes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workflow_the_schema_cannot_run_lists_its_problems_and_exits_1()
    {
        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath("ESRGAN Upscaling with Canny ControlNet"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("canny_image_processor", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("--class", "not a class")]
    [InlineData("--namespace", "1Invoke")]
    public async Task An_invalid_name_is_one_error_line_and_exit_code_2(string option, string value)
    {
        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath(TextToImage), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{value}' is not a valid C#", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Verbose_lists_what_the_conversion_leaves_out_on_standard_error()
    {
        var result = await CliHarness.RunAsync("workflow", "to-csharp", WorkflowPath(TextToImage), "--verbose");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{TextToImage}.json: left out:", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("using GraphDsl;", result.Output, StringComparison.Ordinal);
    }
}
