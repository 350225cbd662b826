using System.Text.Json;
using GraphDsl.Cli.SchemaDiff;
using Spectre.Console.Testing;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>The text and JSON forms of a report.</summary>
public sealed class SchemaDiffOutputTests
{
    [Fact]
    public async Task The_json_report_parses_and_carries_the_counts()
    {
        var report = await RealSchemas.Upgrade();

        using var json = JsonDocument.Parse(SchemaDiffJson.Write(report));

        var root = json.RootElement;
        Assert.Equal(["old", "new", "total", "breaking", "counts", "changes"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("invokeai-6.8.openapi.json", root.GetProperty("old").GetProperty("file").GetString());
        Assert.Equal(211, root.GetProperty("old").GetProperty("nodes").GetInt32());
        Assert.Equal(307, root.GetProperty("new").GetProperty("nodes").GetInt32());
        Assert.Equal(report.BreakingCount, root.GetProperty("breaking").GetInt32());
        Assert.Equal(report.Changes.Count, root.GetProperty("total").GetInt32());
        Assert.Equal(report.Changes.Count, root.GetProperty("changes").GetArrayLength());
        Assert.Equal(96, root.GetProperty("counts").GetProperty("nodeAdded").GetInt32());
        Assert.Equal(0, root.GetProperty("counts").GetProperty("nodeRemoved").GetInt32());
        Assert.Equal(3, root.GetProperty("counts").GetProperty("inputRenamed").GetInt32());
    }

    [Fact]
    public async Task A_json_change_has_every_property_in_a_fixed_order()
    {
        var report = await RealSchemas.Upgrade();

        using var json = JsonDocument.Parse(SchemaDiffJson.Write(report));

        var image = json.RootElement.GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("owner").GetString() == "color_correct" && c.GetProperty("field").GetString() == "image");
        Assert.Equal(["kind", "ownerKind", "owner", "field", "old", "new", "breaking", "message"], image.EnumerateObject().Select(p => p.Name));
        Assert.Equal("inputRenamed", image.GetProperty("kind").GetString());
        Assert.Equal("node", image.GetProperty("ownerKind").GetString());
        Assert.Equal("base_image", image.GetProperty("new").GetString());
        Assert.True(image.GetProperty("breaking").GetBoolean());
        var added = json.RootElement.GetProperty("changes")[0];
        Assert.Equal(JsonValueKind.Null, added.GetProperty("field").ValueKind);
    }

    [Fact]
    public async Task The_text_report_has_a_summary_node_lists_and_breaking_rows_marked_by_a_word()
    {
        var report = await RealSchemas.Upgrade();
        var console = new TestConsole().Width(200);

        SchemaDiffText.Write(console, report);

        var lines = console.Lines;
        Assert.Equal("invokeai-6.8.openapi.json (211 nodes) -> invokeai-6.14.openapi.json (307 nodes)", lines[0].TrimEnd());
        Assert.Equal(SchemaDiffText.Summary(report), lines[1].TrimEnd());
        Assert.StartsWith($"{report.Changes.Count} change(s), {report.BreakingCount} breaking: 96 node(s) added, 0 removed", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("Added nodes (96):", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("BREAKING") && l.Contains("color_correct.image") && l.Contains("looks renamed to base_image"));
        Assert.Contains(lines, l => l.Contains("scheduler.scheduler") && l.Contains("Scheduler gains er_sde") && !l.Contains("BREAKING"));
        Assert.Equal($"BREAKING: {report.BreakingCount} change(s) break code generated from invokeai-6.8.openapi.json.", lines.Last(l => l.Length > 0).TrimEnd());
    }

    [Fact]
    public async Task The_text_report_fits_an_80_column_terminal()
    {
        var report = await RealSchemas.Upgrade();
        var console = new TestConsole().Width(80);

        SchemaDiffText.Write(console, report);

        Assert.All(console.Lines, line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.Contains(console.Lines, l => l.Contains("color_correct.image"));
    }

    [Fact]
    public async Task A_report_without_changes_says_so()
    {
        var model = await RealSchemas.V614;
        var console = new TestConsole().Width(120);

        SchemaDiffText.Write(console, SchemaDiffer.Compare(model, model));

        Assert.Equal(["No differences.", "No breaking changes."], console.Lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
