using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GraphDsl.Emulator.Nodes;

/// <summary>InvokeAI's <c>strings.py</c>, computed as python does.</summary>
internal static class StringNodes
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    public static void Register(IDictionary<string, INodeImplementation> nodes)
    {
        nodes["string_join"] = new DelegateNode(c => Value(c, (c.Str("string_left") ?? "") + (c.Str("string_right") ?? "")));
        nodes["string_join_three"] = new DelegateNode(c => Value(c, (c.Str("string_left") ?? "") + (c.Str("string_middle") ?? "") + (c.Str("string_right") ?? "")));
        nodes["string_replace"] = new DelegateNode(Replace);
        nodes["string_split"] = new DelegateNode(Split);
        nodes["string_split_neg"] = new DelegateNode(SplitNegative);
    }

    private static JsonObject Value(NodeContext context, string value) => context.Output("string_output", ("value", value));

    private static JsonObject Replace(NodeContext c)
    {
        var pattern = c.Str("search_string") ?? "";
        var text = c.Str("string") ?? "";
        if (pattern.Length == 0)
            return Value(c, text);
        var replacement = c.Str("replace_string") ?? "";
        if (!c.Bool("use_regex"))
            return Value(c, Regex.Replace(text, Regex.Escape(pattern), replacement.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, RegexTimeout));
        try
        {
            return Value(c, Regex.Replace(text, pattern, PythonReplacement(replacement), RegexOptions.None, RegexTimeout));
        }
        catch (ArgumentException e)
        {
            throw new Execution.EmulatedNodeException("error", e.Message);
        }
    }

    /// <summary>python's <c>re.sub</c> template (<c>\1</c>, <c>\g&lt;name&gt;</c>) in .NET's notation.</summary>
    private static string PythonReplacement(string replacement)
    {
        var text = replacement.Replace("$", "$$", StringComparison.Ordinal);
        text = Regex.Replace(text, @"\\g<(\w+)>", "${$1}", RegexOptions.None, RegexTimeout);
        text = Regex.Replace(text, @"\\(\d+)", "$${$1}", RegexOptions.None, RegexTimeout);
        return text.Replace(@"\\", @"\", StringComparison.Ordinal).Replace(@"\n", "\n", StringComparison.Ordinal).Replace(@"\t", "\t", StringComparison.Ordinal);
    }

    private static JsonObject Split(NodeContext c)
    {
        var text = c.Str("string") ?? "";
        var delimiter = c.Str("delimiter") ?? "";
        if (delimiter.Length == 0)
            throw PythonErrors.Value("empty separator");
        var at = text.IndexOf(delimiter, StringComparison.Ordinal);
        var (first, second) = at < 0 ? (text, "") : (text[..at], text[(at + delimiter.Length)..]);
        return c.Output("string_2_output", ("string_1", first), ("string_2", second));
    }

    private static JsonObject SplitNegative(NodeContext c)
    {
        var positive = new StringBuilder();
        var negative = new StringBuilder();
        var depth = 0;
        var escaped = false;
        foreach (var original in c.Str("string") ?? "")
        {
            var ch = original;
            if (ch == '[' && !escaped)
            {
                negative.Append(' ');
                depth++;
            }
            else if (ch == ']' && !escaped)
            {
                depth--;
                ch = ' ';
            }
            else if (depth > 0)
            {
                negative.Append(ch);
            }
            else
            {
                positive.Append(ch);
            }
            escaped = ch == '\\' && !escaped;
        }
        return c.Output("string_pos_neg_output", ("positive_string", positive.ToString()), ("negative_string", negative.ToString()));
    }
}
