using System.Text.Json.Nodes;
using GraphDsl.Cli.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>graphdsl run</c> against the in-process emulator.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task The_hello_graph_runs_and_every_node_result_is_printed()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("hello.json", GraphFiles.Hello);

        var result = await CliHarness.RunAsync("run", file, "--emulator", "--images", dir.File("images"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("integer_output: value=5", result.Output);
        Assert.Contains("integer_output: value=50", result.Output);
        Assert.Contains("1 item(s) completed", result.Output);
        Assert.False(Directory.Exists(dir.File("images")));
    }

    [Fact]
    public async Task A_real_captured_SDXL_graph_runs_and_its_images_are_downloaded()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("sdxl.json", GraphFiles.Captured("call-wf-sdxl-text-to-image").ToJsonString());
        var images = dir.File("images");

        var result = await CliHarness.RunAsync("run", file, "--emulator", "--images", images);

        Assert.True(result.ExitCode == 0, result.ToString());
        var saved = Directory.GetFiles(images);
        Assert.NotEmpty(saved);
        Assert.All(saved, path => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(path)[..4]));
        Assert.Contains($"{saved.Length} image(s) saved in {images}", result.Output);
    }

    [Fact]
    public async Task A_batch_runs_one_item_per_datum_value()
    {
        using var dir = new TempDirectory();
        var body = new JsonObject
        {
            ["batch"] = new JsonObject
            {
                ["graph"] = JsonNode.Parse(GraphFiles.Hello),
                ["data"] = JsonNode.Parse("""[[{ "node_path": "add", "field_name": "a", "items": [1, 7] }]]"""),
            },
        };
        var file = dir.Write("batch.json", body.ToJsonString());

        var result = await CliHarness.RunAsync("run", file, "--emulator");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("integer_output: value=40", result.Output);
        Assert.Contains("integer_output: value=100", result.Output);
        Assert.Contains("2 item(s) completed", result.Output);
    }

    [Fact]
    public async Task An_invalid_graph_is_rejected_locally_and_nothing_is_enqueued()
    {
        using var dir = new TempDirectory();
        var graph = JsonNode.Parse(GraphFiles.Hello)!.AsObject();
        graph["nodes"]!["add"]!["a"] = "two";
        var file = dir.Write("bad.json", graph.ToJsonString());

        var result = await CliHarness.RunAsync("run", file, "--emulator");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.json: node 'add' (add), field 'a':", result.Output);
        Assert.Contains("nothing was enqueued", result.Output);
        Assert.DoesNotContain("Running", result.Output);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_without_a_stack_trace_unless_verbose()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("hello.json", GraphFiles.Hello);

        var quiet = await CliHarness.RunAsync("run", file, "--url", "http://127.0.0.1:1");
        var verbose = await CliHarness.RunAsync("run", file, "--url", "http://127.0.0.1:1", "--verbose");

        Assert.Equal(2, quiet.ExitCode);
        var line = Assert.Single(quiet.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("graphdsl: the server could not be reached", line, StringComparison.Ordinal);
        Assert.Equal(2, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--emulator", "--url", "http://localhost:9090")]
    [InlineData()]
    public async Task Exactly_one_of_url_and_emulator_is_required(params string[] target)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("hello.json", GraphFiles.Hello);

        var result = await CliHarness.RunAsync(["run", file, .. target]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give either --url URL or --emulator.", result.Error);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_refused()
    {
        var result = await CliHarness.RunAsync("run", "x.json", "--url", "ftp://host");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'ftp://host' is not an http(s) URL.", result.Error);
    }
}
