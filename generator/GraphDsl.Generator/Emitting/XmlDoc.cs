using System;
using System.Collections.Generic;
using System.Linq;

namespace GraphDsl.Generator.Emitting;

/// <summary>Schema text made safe for XML documentation comments, one line per entry.</summary>
internal static class XmlDoc
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Code(string text) => $"<c>{Escape(text)}</c>";

    /// <summary>Splits text into escaped lines with no trailing blanks (no line is empty).</summary>
    public static List<string> Lines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        return text!.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => Escape(line.TrimEnd()))
            .Where(line => line.Length > 0)
            .ToList();
    }

    /// <summary>A one-line rendering of a JSON default, shortened when long.</summary>
    public static string DefaultText(string json)
    {
        var single = string.Join(" ", json.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
        return single.Length <= 120 ? single : single.Substring(0, 117) + "...";
    }
}
