using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GraphDsl.Generator.Emitting;

/// <summary>Schema text made safe for XML documentation comments, one line per entry.</summary>
internal static class XmlDoc
{
    /// <summary>The characters that end a line in C# source.</summary>
    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    /// <summary>The characters <see cref="Escape"/> changes.</summary>
    private static readonly char[] Special = [.. LineBreaks, '&', '<', '>'];

    /// <summary>Escapes XML markup and folds line breaks into spaces, so the text stays on its <c>///</c> line.</summary>
    public static string Escape(string text) =>
        text.IndexOfAny(Special) < 0
            ? text
            : string.Join(" ", text.Split(LineBreaks)).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Code(string text) => $"<c>{Escape(text)}</c>";

    /// <summary>Appends <paramref name="text"/> as <see cref="Code"/> would render it.</summary>
    public static StringBuilder AppendCode(this StringBuilder builder, string text) =>
        builder.Append("<c>").Append(Escape(text)).Append("</c>");

    /// <summary>Splits text into escaped lines with no trailing blanks (no line is empty).</summary>
    public static List<string> Lines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        if (text!.IndexOfAny(LineBreaks) < 0)
            return [Escape(text.TrimEnd())];
        return text.Split(LineBreaks)
            .Select(line => Escape(line.TrimEnd()))
            .Where(line => line.Length > 0)
            .ToList();
    }

    /// <summary>
    /// A documentation comment as source lines at <paramref name="indent"/>, without a final line break: a one-line summary
    /// stays on one line, and each remark is a paragraph (a single remark needs none).
    /// </summary>
    public static string Block(EmitScratch scratch, string indent, IReadOnlyList<string> summary, IReadOnlyList<string> remarks)
    {
        var text = scratch.ClearedText();
        if (summary.Count == 1)
        {
            text.Append(indent).Append("/// <summary>").Append(summary[0]).Append("</summary>");
        }
        else
        {
            text.Append(indent).Append("/// <summary>");
            foreach (var line in summary)
                text.Append('\n').Append(indent).Append("/// ").Append(line);
            text.Append('\n').Append(indent).Append("/// </summary>");
        }
        if (remarks.Count == 1)
        {
            text.Append('\n').Append(indent).Append("/// <remarks>").Append(remarks[0]).Append("</remarks>");
        }
        else if (remarks.Count > 1)
        {
            text.Append('\n').Append(indent).Append("/// <remarks>");
            foreach (var line in remarks)
                text.Append('\n').Append(indent).Append("/// <para>").Append(line).Append("</para>");
            text.Append('\n').Append(indent).Append("/// </remarks>");
        }
        return text.ToString();
    }

    /// <summary>A one-line rendering of a JSON default, shortened when long.</summary>
    public static string DefaultText(string json)
    {
        var single = json.IndexOfAny(LineBreaks) < 0
            ? json
            : string.Join(" ", json.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        return single.Length <= 120 ? single : single.Substring(0, 117) + "...";
    }
}
