using System.Text.Json.Nodes;
using GraphDsl.Emulator.Queue;
using Xunit;

namespace GraphDsl.Emulator.Tests.Queue;

/// <summary>Batch expansion, ported from InvokeAI's <c>tests/test_session_queue.py</c>.</summary>
public sealed class BatchExpansionTests
{
    private static JsonObject Graph() => new()
    {
        ["id"] = "g",
        ["nodes"] = new JsonObject
        {
            ["1"] = new JsonObject { ["id"] = "1", ["type"] = "string", ["value"] = "Chevy" },
            ["2"] = new JsonObject { ["id"] = "2", ["type"] = "string", ["value"] = "Toyota" },
            ["3"] = new JsonObject { ["id"] = "3", ["type"] = "string", ["value"] = "Subaru" },
            ["4"] = new JsonObject { ["id"] = "4", ["type"] = "string", ["value"] = "Nissan" },
        },
        ["edges"] = new JsonArray(),
    };

    // Group A zips nodes 1 and 2, group B is node 3.
    private static JsonArray Data() => JsonNode.Parse("""
        [
          [ {"node_path": "1", "field_name": "value", "items": ["Banana sushi", "Grape sushi"]},
            {"node_path": "2", "field_name": "value", "items": ["Strawberry sushi", "Blueberry sushi"]} ],
          [ {"node_path": "3", "field_name": "value", "items": ["Orange sushi", "Apple sushi"]} ]
        ]
        """)!.AsArray();

    [Fact]
    public void Zip_groups_combine_by_product_first_group_outermost_repeated_per_run()
    {
        var sessions = BatchExpansion.Expand(Graph(), Data(), runs: 2).ToList();

        Assert.Equal(8, sessions.Count);
        Assert.Equal(8, BatchExpansion.CountSessions(Data(), 2));
        string[][] expected =
        [
            ["Banana sushi", "Strawberry sushi", "Orange sushi"],
            ["Banana sushi", "Strawberry sushi", "Apple sushi"],
            ["Grape sushi", "Blueberry sushi", "Orange sushi"],
            ["Grape sushi", "Blueberry sushi", "Apple sushi"],
        ];
        for (var i = 0; i < sessions.Count; i++)
        {
            var nodes = sessions[i].Graph["nodes"]!;
            var want = expected[i % 4];
            Assert.Equal(want[0], (string?)nodes["1"]!["value"]);
            Assert.Equal(want[1], (string?)nodes["2"]!["value"]);
            Assert.Equal(want[2], (string?)nodes["3"]!["value"]);
            Assert.Equal("Nissan", (string?)nodes["4"]!["value"]);
        }
    }

    [Fact]
    public void Field_values_are_flattened_in_group_order()
    {
        var first = BatchExpansion.Expand(Graph(), Data(), runs: 1).First();

        Assert.Equal(
            """[{"node_path":"1","field_name":"value","value":"Banana sushi"},{"node_path":"2","field_name":"value","value":"Strawberry sushi"},{"node_path":"3","field_name":"value","value":"Orange sushi"}]""",
            first.FieldValues.ToJsonString());
    }

    [Theory]
    [InlineData(null, 1, 1)]
    [InlineData(null, 2, 2)]
    [InlineData("[]", 3, 3)]
    [InlineData("[[]]", 2, 0)]
    [InlineData("""[[{"node_path":"1","field_name":"value","items":[]}]]""", 2, 0)]
    public void Session_count_is_runs_times_the_product_of_group_lengths(string? data, int runs, int expected)
    {
        var array = data is null ? null : JsonNode.Parse(data)!.AsArray();

        Assert.Equal(expected, BatchExpansion.CountSessions(array, runs));
        var sessions = BatchExpansion.Expand(Graph(), array, runs).ToList();
        Assert.Equal(expected, sessions.Count);
        Assert.All(sessions, s => Assert.Empty(s.FieldValues));
    }

    [Fact]
    public void Each_session_has_its_own_copy_of_the_graph()
    {
        var source = Graph();
        var sessions = BatchExpansion.Expand(source, Data(), runs: 1).ToList();

        Assert.Equal("Chevy", (string?)source["nodes"]!["1"]!["value"]);
        Assert.NotSame(sessions[0].Graph, sessions[1].Graph);
        Assert.Equal("Banana sushi", (string?)sessions[1].Graph["nodes"]!["1"]!["value"]);
    }
}
