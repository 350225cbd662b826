using System.Text.Json;

namespace GraphDsl.Cli.Graphs;

/// <summary>Finds the images a node's output refers to.</summary>
internal static class ImageNames
{
    /// <summary>Every <c>image_name</c> of an <c>ImageField</c> in <paramref name="output"/> (nested objects and lists included), in order.</summary>
    public static IEnumerable<string> In(JsonElement output)
    {
        switch (output.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in output.EnumerateObject())
                {
                    if (property.Name == "image_name" && property.Value.ValueKind == JsonValueKind.String)
                        yield return property.Value.GetString()!;
                    else
                        foreach (var name in In(property.Value))
                            yield return name;
                }
                break;
            case JsonValueKind.Array:
                foreach (var element in output.EnumerateArray())
                    foreach (var name in In(element))
                        yield return name;
                break;
        }
    }
}
