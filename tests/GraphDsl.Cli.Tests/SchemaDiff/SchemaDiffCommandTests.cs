using System.CommandLine;
using System.Text.Json;
using GraphDsl.Cli.Commands;
using Spectre.Console.Testing;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary><c>diff OLD NEW [--json]</c> as a command: its output and exit code.</summary>
public sealed class SchemaDiffCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var console = new TestConsole().Width(160);
        var error = new StringWriter();
        var root = new RootCommand { SchemaDiffCommand.Create(new CliContext(console, error)) };
        var parse = root.Parse(["diff", .. args]);
        Assert.Empty(parse.Errors);
        var exit = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, CancellationToken.None);
        return (exit, console.Output, error.ToString());
    }

    [Fact]
    public async Task A_breaking_upgrade_exits_with_1_and_names_color_correct()
    {
        var (exit, output, error) = await InvokeAsync(RealSchemas.Path68, RealSchemas.Path614);

        Assert.Equal(ExitCodes.Findings, exit);
        Assert.Contains("color_correct.image", output);
        Assert.Contains("BREAKING", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Json_output_is_one_parseable_document_with_the_counts()
    {
        var (exit, output, _) = await InvokeAsync(RealSchemas.Path68, RealSchemas.Path614, "--json");

        Assert.Equal(ExitCodes.Findings, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(96, json.RootElement.GetProperty("counts").GetProperty("nodeAdded").GetInt32());
        Assert.True(json.RootElement.GetProperty("breaking").GetInt32() > 0);
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("owner").GetString() == "color_correct");
    }

    [Fact]
    public async Task The_same_schema_twice_exits_with_0()
    {
        var (exit, output, _) = await InvokeAsync(RealSchemas.Path614, RealSchemas.Path614);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("No differences.", output);
    }

    [Fact]
    public async Task A_missing_schema_is_a_one_line_cli_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "graphdsl-no-such-" + Guid.NewGuid().ToString("N") + ".json");

        var exception = await Assert.ThrowsAsync<CliException>(() => InvokeAsync(RealSchemas.Path68, missing));

        Assert.Contains("cannot read the schema", exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void Every_argument_and_option_has_a_description()
    {
        var command = SchemaDiffCommand.Create(new CliContext(new TestConsole(), TextWriter.Null));

        Assert.Equal(["OLD", "NEW"], command.Arguments.Select(a => a.Name));
        Assert.Equal(["--json"], command.Options.Select(o => o.Name));
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
        Assert.All(command.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Description)));
        Assert.All(command.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Description)));
    }
}
