namespace GraphDsl.Generator.Parsing;

/// <summary>Repairs JSON text that System.Text.Json can parse but not read.</summary>
internal static class JsonText
{
    /// <summary>
    /// Replaces each <c>\uD800</c>–<c>\uDFFF</c> escape that is not half of a surrogate pair by <c>\uFFFD</c>.
    /// Such escapes are valid JSON, but reading the string throws. The text keeps its length, so positions hold.
    /// </summary>
    public static string ReplaceLoneSurrogateEscapes(string text)
    {
        if (text.IndexOf("\\u", System.StringComparison.Ordinal) < 0)
            return text;
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next escape: a schema is megabytes of text with a few thousand of them.
            i = text.IndexOf('\\', i);
            if (i < 0)
                break;
            if (i + 5 < text.Length && text[i + 1] == 'u' && TryHex(text, i + 2, out var code))
            {
                var isHigh = code is >= 0xD800 and <= 0xDBFF;
                if (isHigh && i + 11 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u' && TryHex(text, i + 8, out var low) && low is >= 0xDC00 and <= 0xDFFF)
                {
                    i += 11;
                    continue;
                }
                if (isHigh || code is >= 0xDC00 and <= 0xDFFF)
                {
                    chars ??= text.ToCharArray();
                    "\\uFFFD".CopyTo(0, chars, i, 6);
                }
                i += 5;
                continue;
            }
            i++;
        }
        return chars is null ? text : new string(chars);
    }

    private static bool TryHex(string text, int start, out int value)
    {
        value = 0;
        for (var i = start; i < start + 4; i++)
        {
            var c = text[i];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
                return false;
            value = value * 16 + digit;
        }
        return true;
    }
}
