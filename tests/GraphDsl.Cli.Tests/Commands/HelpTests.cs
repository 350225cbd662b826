using GraphDsl.Cli.Tests.Infrastructure;
using Xunit;

namespace GraphDsl.Cli.Tests.Commands;

/// <summary><c>--help</c> on every verb, and what bad arguments give.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData(new string[0], "schema", "generate", "validate", "run")]
    [InlineData(new[] { "schema" }, "pull", "diff")]
    [InlineData(new[] { "schema", "pull" }, "--url", "--token", "--output")]
    [InlineData(new[] { "schema", "diff" }, "--json")]
    [InlineData(new[] { "generate" }, "--schema", "--out", "--namespace")]
    [InlineData(new[] { "validate" }, "GRAPH", "--schema")]
    [InlineData(new[] { "run" }, "GRAPH", "--url", "--emulator", "--images", "--verbose")]
    public async Task Every_verb_has_help_naming_its_options(string[] verb, params string[] mentions)
    {
        var result = await CliHarness.RunAsync([.. verb, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var mention in mentions)
            Assert.Contains(mention, result.Output);
    }

    [Fact]
    public async Task An_unknown_verb_is_an_error_line_and_exit_code_2()
    {
        var result = await CliHarness.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
        Assert.Contains("Run 'graphdsl --help' for usage.", result.Error);
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var result = await CliHarness.RunAsync("generate", "--out", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--schema", result.Error);
    }
}
