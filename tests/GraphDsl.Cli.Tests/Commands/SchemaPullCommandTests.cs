using System.Text.Json.Nodes;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Emulator;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>graphdsl schema pull</c> against the emulator, which serves InvokeAI 6.14's document.</summary>
public sealed class SchemaPullCommandTests
{
    [Fact]
    public async Task Saves_the_servers_document_pretty_and_stable_and_prints_version_and_node_count()
    {
        using var dir = new TempDirectory();
        await using var server = await InvokeEmulator.StartAsync();
        var first = dir.File("a.json");
        var second = dir.File("b.json");

        var result = await CliHarness.RunAsync("schema", "pull", "--url", server.BaseAddress.ToString(), "-o", first);
        await CliHarness.RunAsync("schema", "pull", "--url", server.BaseAddress.ToString(), "-o", second);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("InvokeAI 6.14.0, 307 nodes", result.Output);
        var text = File.ReadAllText(first);
        Assert.Equal(text, File.ReadAllText(second));
        Assert.StartsWith("{\n  \"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        var original = JsonNode.Parse(File.ReadAllText(CliHarness.TestFile("schemas/invokeai-6.14.openapi.json")));
        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(text)), "the saved document differs from the served one");
    }

    [Fact]
    public async Task An_unreachable_server_leaves_the_output_file_untouched()
    {
        using var dir = new TempDirectory();
        var output = dir.Write("schema.json", "keep me");

        var result = await CliHarness.RunAsync("schema", "pull", "--url", "http://127.0.0.1:1", "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("graphdsl: the server could not be reached", result.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(output));
    }
}
