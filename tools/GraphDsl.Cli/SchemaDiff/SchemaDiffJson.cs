using System;
using System.Text.Json;

using GraphDsl.Cli.Graphs;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>
/// A report for programs, indented, properties always in this order:
/// <c>{ "old": {file, nodes}, "new": {file, nodes}, "total", "breaking", "counts": {kind: n}, "changes": [{kind, ownerKind, owner, field, old, new, breaking, message}] }</c>.
/// Kinds are camelCase (<c>inputRenamed</c>), owner kinds are <c>node</c>, <c>output</c> or <c>object</c>; absent values are <c>null</c>.
/// </summary>
internal static class SchemaDiffJson
{
    /// <summary>The report as JSON text, ending in a newline.</summary>
    public static string Write(SchemaDiffReport report) =>
        PrettyJson.Write(writer =>
        {
            writer.WriteStartObject();
            WriteSide(writer, "old", report.Old);
            WriteSide(writer, "new", report.New);
            writer.WriteNumber("total", report.Changes.Count);
            writer.WriteNumber("breaking", report.BreakingCount);
            writer.WriteStartObject("counts");
            foreach (var kind in Enum.GetValues<ChangeKind>())
                writer.WriteNumber(Name(kind), report.Count(kind));
            writer.WriteEndObject();
            writer.WriteStartArray("changes");
            foreach (var change in report.Changes)
                WriteChange(writer, change);
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>The JSON name of a change kind: <c>nodeAdded</c>.</summary>
    public static string Name(ChangeKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static void WriteSide(Utf8JsonWriter writer, string name, SchemaSummary side)
    {
        writer.WriteStartObject(name);
        writer.WriteString("file", side.File);
        writer.WriteNumber("nodes", side.Nodes);
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, SchemaChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Name(change.Kind));
        writer.WriteString("ownerKind", JsonNamingPolicy.CamelCase.ConvertName(change.OwnerKind.ToString()));
        writer.WriteString("owner", change.Owner);
        writer.WriteString("field", change.Field);
        writer.WriteString("old", change.Old);
        writer.WriteString("new", change.New);
        writer.WriteBoolean("breaking", change.IsBreaking);
        writer.WriteString("message", change.Message);
        writer.WriteEndObject();
    }
}
