using System.Text.Json;

namespace GraphDsl.Cli.Graphs;

/// <summary>A node's result as one readable line: <c>integer_output: value=50</c>, <c>image_output: image=a.png, width=768, height=1024</c>.</summary>
internal static class ResultText
{
    private const int MaxValueLength = 80;

    /// <summary>Describes <paramref name="output"/> (an invocation output object).</summary>
    public static string Describe(JsonElement output)
    {
        if (output.ValueKind != JsonValueKind.Object)
            return Value(output);
        var type = output.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var fields = output.EnumerateObject()
            .Where(p => p.Name is not "type" and not "output_meta")
            .Select(p => $"{p.Name}={Value(p.Value)}");
        var text = string.Join(", ", fields);
        return type is null ? text : $"{type}: {text}";
    }

    private static string Value(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Shorten(value.GetString()!);
            case JsonValueKind.Object:
                // A reference field ({"image_name": …}, {"latents_name": …}, {"conditioning_name": …}) shows as its name.
                var properties = value.EnumerateObject().ToList();
                if (properties is [{ Value.ValueKind: JsonValueKind.String } only] && only.Name.EndsWith("_name", StringComparison.Ordinal))
                    return only.Value.GetString()!;
                return Shorten(value.GetRawText());
            default:
                return Shorten(value.GetRawText());
        }
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxValueLength ? flat : string.Concat(flat.AsSpan(0, MaxValueLength - 1), "…");
    }
}
