using System.Text.Json;

namespace GraphDsl;

/// <summary>The server's <c>BatchDataType</c> kinds, as pydantic parses a JSON item.</summary>
internal enum BatchItemKind
{
    /// <summary>Not a batch item type: the server answers 422.</summary>
    Invalid,
    String,
    Integer,
    Float,
    ImageField,
    VideoField,
    List,
}

/// <summary>Classifies batch items as the server's <c>StrictStr | float | int | ImageField | VideoField</c> (or a list of those) union does.</summary>
internal static class BatchItems
{
    public static BatchItemKind Classify(JsonElement item, out string? why) => Classify(item, allowList: true, out why);

    public static bool IsNumber(BatchItemKind kind) => kind is BatchItemKind.Integer or BatchItemKind.Float;

    public static string Describe(BatchItemKind kind) => kind switch
    {
        BatchItemKind.String => "a string",
        BatchItemKind.Integer => "an integer",
        BatchItemKind.Float => "a float",
        BatchItemKind.ImageField => "an ImageField",
        BatchItemKind.VideoField => "a VideoField",
        BatchItemKind.List => "a list",
        _ => "an invalid item",
    };

    public static string Show(JsonElement item)
    {
        var text = item.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    private static BatchItemKind Classify(JsonElement item, bool allowList, out string? why)
    {
        why = null;
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                return BatchItemKind.String;
            case JsonValueKind.Number:
                // pydantic's smart union keeps a JSON integer an int and anything with a fraction or exponent a float.
                return item.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') >= 0 ? BatchItemKind.Float : BatchItemKind.Integer;
            case JsonValueKind.True:
            case JsonValueKind.False:
                why = "a boolean is not a batch item type (the server would turn it into the float 1.0 or 0.0)";
                return BatchItemKind.Invalid;
            case JsonValueKind.Null:
                why = "null is not a batch item type";
                return BatchItemKind.Invalid;
            case JsonValueKind.Object:
                return ClassifyObject(item, out why);
            case JsonValueKind.Array when allowList:
                var i = 0;
                foreach (var inner in item.EnumerateArray())
                {
                    if (inner.ValueKind == JsonValueKind.Array)
                    {
                        why = $"element {i} of the list is itself a list; a batch item is a value or a flat list of values";
                        return BatchItemKind.Invalid;
                    }
                    if (Classify(inner, allowList: false, out var innerWhy) == BatchItemKind.Invalid)
                    {
                        why = $"element {i} of the list: {innerWhy}";
                        return BatchItemKind.Invalid;
                    }
                    i++;
                }
                return BatchItemKind.List;
            default:
                why = $"{item.ValueKind} is not a batch item type";
                return BatchItemKind.Invalid;
        }
    }

    private static BatchItemKind ClassifyObject(JsonElement item, out string? why)
    {
        why = null;
        var count = 0;
        string? name = null;
        JsonElement value = default;
        foreach (var property in item.EnumerateObject())
        {
            count++;
            name = property.Name;
            value = property.Value;
        }
        if (count == 1 && value.ValueKind == JsonValueKind.String)
        {
            if (name == "image_name")
                return BatchItemKind.ImageField;
            if (name == "video_name")
                return BatchItemKind.VideoField;
        }
        why = "an object is a batch item only as an ImageField {\"image_name\": string} or a VideoField {\"video_name\": string}; the server refuses any other object (a model, a board, a colour…)";
        return BatchItemKind.Invalid;
    }
}
