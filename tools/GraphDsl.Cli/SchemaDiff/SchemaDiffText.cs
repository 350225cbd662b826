using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>A report for people: a summary line, the removed and added nodes as lists, then one table of the other changes.</summary>
/// <remarks>Breaking changes are marked with the word BREAKING (and red where the console has colour).</remarks>
internal static class SchemaDiffText
{
    private const string BreakingMark = "BREAKING";

    /// <summary>Writes <paramref name="report"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, SchemaDiffReport report)
    {
        console.Write(new Text($"{report.Old.File} ({report.Old.Nodes} nodes) -> {report.New.File} ({report.New.Nodes} nodes)"));
        console.WriteLine();
        console.Write(new Text(Summary(report)));
        console.WriteLine();

        WriteNodeList(console, "Removed nodes", report.Changes.Where(c => c.Kind == ChangeKind.NodeRemoved).ToList(), breaking: true);
        WriteNodeList(console, "Added nodes", report.Changes.Where(c => c.Kind == ChangeKind.NodeAdded).ToList(), breaking: false);

        var rows = report.Changes.Where(c => c.Kind is not (ChangeKind.NodeAdded or ChangeKind.NodeRemoved)).ToList();
        if (rows.Count > 0)
        {
            console.WriteLine();
            console.Write(Table(rows));
        }

        console.WriteLine();
        console.Write(new Text(report.HasBreaking
            ? $"{BreakingMark}: {report.BreakingCount} change(s) break code generated from {report.Old.File}."
            : "No breaking changes."));
        console.WriteLine();
    }

    /// <summary>The summary line: how many changes, how many break, and what they touch.</summary>
    public static string Summary(SchemaDiffReport report)
    {
        if (report.Changes.Count == 0)
            return "No differences.";
        return $"{report.Changes.Count} change(s), {report.BreakingCount} breaking: "
            + $"{report.Count(ChangeKind.NodeAdded)} node(s) added, {report.Count(ChangeKind.NodeRemoved)} removed, "
            + $"{report.ChangedNodes} changed; {report.ChangedOutputs} output(s) and {report.ChangedObjects} object(s) changed.";
    }

    private static void WriteNodeList(IAnsiConsole console, string title, IReadOnlyList<SchemaChange> nodes, bool breaking)
    {
        if (nodes.Count == 0)
            return;
        console.WriteLine();
        var heading = breaking
            ? $"{title} ({nodes.Count}, {BreakingMark}: code using them no longer compiles):"
            : $"{title} ({nodes.Count}):";
        console.Write(new Text(heading, breaking ? new Style(Color.Red, decoration: Decoration.Bold) : Style.Plain));
        console.WriteLine();
        console.Write(new Padder(new Text(string.Join(", ", nodes.Select(n => n.Owner))), new Padding(2, 0, 0, 0)));
    }

    private static Table Table(IEnumerable<SchemaChange> changes)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Breaking").NoWrap());
        table.AddColumn(new TableColumn("Where"));
        table.AddColumn(new TableColumn("Change"));
        foreach (var change in changes)
        {
            IRenderable mark = change.IsBreaking ? new Text(BreakingMark, new Style(Color.Red, decoration: Decoration.Bold)) : new Text("");
            var where = change.OwnerKind switch
            {
                ChangeOwner.Output => $"{change.Location} (output)",
                ChangeOwner.Object => $"{change.Location} (object)",
                _ => change.Location,
            };
            table.AddRow(mark, new Text(where), new Text(change.Detail));
        }
        return table;
    }
}
