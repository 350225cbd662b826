using GraphDsl.Cli.Eject;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>Small graphs that reach the corners of the ejector: typed iterate/collect, fallbacks, awkward literals and names.</summary>
internal static class HandMadeGraphs
{
    /// <summary>
    /// An iterate over a typed list and a collect of one item type (both typed); a collect of two list outputs (a second
    /// item edge and a literal on the edge-only <c>collection</c>); an edge into a literal-only input; strings and
    /// floats that need care; labels that are C# keywords or repeat.
    /// </summary>
    public const string Corners = """
        {
          "id": "corners",
          "nodes": {
            "numbers": { "id": "numbers", "type": "range", "start": 0, "stop": 3, "step": 1, "is_intermediate": true, "use_cache": true },
            "more": { "id": "more", "type": "range", "start": 5, "stop": 7, "step": 1, "is_intermediate": true, "use_cache": true },
            "each": { "id": "each", "type": "iterate", "is_intermediate": true, "use_cache": false },
            "plus": { "id": "plus", "type": "add", "b": 10, "is_intermediate": true, "use_cache": true },
            "gather": { "id": "gather", "type": "collect", "is_intermediate": false, "use_cache": false },
            "lists": { "id": "lists", "type": "collect", "collection": [], "is_intermediate": true, "use_cache": true },
            "model": { "id": "model", "type": "model_identifier", "model": { "key": "k", "hash": "h", "name": "m", "base": "cogview4", "type": "main" } },
            "loader": { "id": "loader", "type": "cogview4_model_loader" },
            "text": { "id": "text", "type": "string", "value": "line 1\nline \"2\"\n\nlast \"\"\"quoted\"\"\"" },
            "path": { "id": "path", "type": "string", "value": "C:\\temp\\\"a\".png" },
            "crlf": { "id": "crlf", "type": "string", "value": "tab\tand\r\nCRLF \u2728 \u0001" },
            "tenth": { "id": "tenth", "type": "float", "value": 0.1 },
            "tiny": { "id": "tiny", "type": "float", "value": 1e-7, "use_cache": false },
            "huge": { "id": "huge", "type": "integer", "value": 9007199254740993 }
          },
          "edges": [
            { "source": { "node_id": "numbers", "field": "collection" }, "destination": { "node_id": "each", "field": "collection" } },
            { "source": { "node_id": "each", "field": "item" }, "destination": { "node_id": "plus", "field": "a" } },
            { "source": { "node_id": "plus", "field": "value" }, "destination": { "node_id": "gather", "field": "item" } },
            { "source": { "node_id": "numbers", "field": "collection" }, "destination": { "node_id": "lists", "field": "item" } },
            { "source": { "node_id": "more", "field": "collection" }, "destination": { "node_id": "lists", "field": "item" } },
            { "source": { "node_id": "model", "field": "model" }, "destination": { "node_id": "loader", "field": "model" } }
          ]
        }
        """;

    /// <summary>The labels of <see cref="Corners"/>: keywords, a repeat, a label that is all punctuation.</summary>
    public static readonly IReadOnlyDictionary<string, string> CornerLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["text"] = "string",
        ["numbers"] = "Path",
        ["more"] = "Path",
        ["tenth"] = "✨ ✨",
        ["each"] = "class",
    };

    /// <summary>The exposed fields of <see cref="Corners"/>: a label that is a keyword, one that repeats a node's label.</summary>
    public static readonly IReadOnlyList<EjectInput> CornerInputs =
    [
        new("text", "value", "string"),
        new("tiny", "value", "Path"),
        new("huge", "value", null),
        new("tenth", "value", null),
    ];

    /// <summary>A node type the bindings do not have, next to one they have.</summary>
    public const string Unknown = """
        {
          "id": "unknown",
          "nodes": {
            "two": { "id": "two", "type": "integer", "value": 2, "is_intermediate": true, "use_cache": true },
            "mystery": { "id": "mystery", "type": "my_custom_node", "strength": 0.5, "is_intermediate": false, "use_cache": true }
          },
          "edges": [
            { "source": { "node_id": "two", "field": "value" }, "destination": { "node_id": "mystery", "field": "count" } }
          ]
        }
        """;
}
