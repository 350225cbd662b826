using System.Text.Json;

namespace GraphDsl.Cli.Eject;

/// <summary>One node of the graph to eject, as its JSON gives it.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Type">The wire type.</param>
/// <param name="Values">The literal inputs, in the order of the JSON (nulls left out: they are unset inputs).</param>
/// <param name="IsIntermediate">The node's <c>is_intermediate</c>.</param>
/// <param name="UseCache">The node's <c>use_cache</c>, or <see langword="null"/> when the JSON leaves it to the schema's default.</param>
internal sealed record GraphNode(string Id, string Type, IReadOnlyList<KeyValuePair<string, JsonElement>> Values, bool IsIntermediate, bool? UseCache)
{
    /// <summary>The literal of input <paramref name="field"/>, if the node has one.</summary>
    public JsonElement? Value(string field)
    {
        foreach (var (name, value) in Values)
        {
            if (name == field)
                return value;
        }
        return null;
    }
}
