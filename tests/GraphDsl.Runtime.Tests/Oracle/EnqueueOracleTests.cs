using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Oracle;

/// <summary>The oracle accepts what InvokeAI's schema accepts and says readably what it refuses.</summary>
public sealed class EnqueueOracleTests
{
    private const string Hello = """
        {"batch":{"graph":{"id":"hello-graph","nodes":{"add-node":{"id":"add-node","type":"add","a":2,"b":3,"is_intermediate":false,"use_cache":true}},"edges":[]},"runs":1,"origin":"external-client"},"prepend":false}
        """;

    public static TheoryData<string> Versions => new(EnqueueOracle.Versions);

    public static TheoryData<string, string> CapturedItems => new()
    {
        { "call-wf-sdxl-text-to-image.json", "6.8" },
        { "call-wf-sdxl-text-to-image.json", "6.14" },
        { "call-wf-flux-image-to-image.json", "6.8" },
        { "call-wf-flux-image-to-image.json", "6.14" },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_hello_world_body_is_valid(string version)
    {
        Assert.Empty(EnqueueOracle.Validate(Hello, version));
        Assert.Empty(EnqueueOracle.Validate(Hello, version, strict: true));
    }

    [Theory]
    [MemberData(nameof(CapturedItems))]
    public void The_graphs_of_captured_queue_items_are_valid(string file, string version)
    {
        var item = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file)))!;
        var graph = item["session"]!["graph"]!.ToJsonString();

        Assert.Empty(EnqueueOracle.ValidateGraph(graph, version));
        Assert.Empty(EnqueueOracle.ValidateGraph(graph, version, strict: true));

        // As the UI enqueued it: the same graph with the item's batch fields and workflow.
        var body = new JsonObject
        {
            ["batch"] = new JsonObject
            {
                ["batch_id"] = item["batch_id"]!.DeepClone(),
                ["origin"] = item["origin"]!.DeepClone(),
                ["destination"] = item["destination"]!.DeepClone(),
                ["graph"] = item["session"]!["graph"]!.DeepClone(),
                ["runs"] = 1,
            },
            ["prepend"] = false,
        };
        Assert.Empty(EnqueueOracle.Validate(body.ToJsonString(), version));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_wrong_value_in_a_node_names_the_node_type_node_and_field(string version)
    {
        var errors = EnqueueOracle.Validate(Hello.Replace("\"a\":2", "\"a\":\"two\"", StringComparison.Ordinal), version);

        Assert.Equal(["AddInvocation: IntegerExpected at #/batch.graph.nodes.add-node.a"], errors);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Refusals_of_the_envelope_are_reported(string version)
    {
        Assert.Contains(EnqueueOracle.Validate("""{"prepend":false}""", version), e => e.StartsWith("PropertyRequired at #/batch", StringComparison.Ordinal));
        Assert.Contains(EnqueueOracle.Validate(Hello.Replace("\"runs\":1", "\"runs\":0", StringComparison.Ordinal), version), e => e.Contains("NumberTooSmall at #/batch.runs", StringComparison.Ordinal));
        Assert.Contains(EnqueueOracle.Validate(Hello.Replace("\"type\":\"add\"", "\"type\":\"no_such_node\"", StringComparison.Ordinal), version), e => e.Contains("no node type 'no_such_node'", StringComparison.Ordinal));
        Assert.Contains(EnqueueOracle.Validate("{not json", version), e => e.StartsWith("not JSON", StringComparison.Ordinal));

        var modelItem = WithItems("""[{"key":"k"}]""");
        var errors = EnqueueOracle.Validate(modelItem, version);
        Assert.Contains(errors, e => e.Contains("NotAnyOf at #/batch.data[0][0].items[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void List_and_video_items_are_614_only()
    {
        var listItem = WithItems("[[1,2]]");
        Assert.Empty(EnqueueOracle.Validate(listItem, "6.14"));
        Assert.NotEmpty(EnqueueOracle.Validate(listItem, "6.8"));

        var videoItem = WithItems("""[{"video_name":"v.mp4"}]""");
        Assert.Empty(EnqueueOracle.Validate(videoItem, "6.14"));
        Assert.NotEmpty(EnqueueOracle.Validate(videoItem, "6.8"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Strict_mode_catches_misspelled_fields_the_open_schema_lets_through(string version)
    {
        var misspelled = Hello.Replace("\"prepend\"", "\"prepnd\"", StringComparison.Ordinal).Replace("\"b\":3", "\"bb\":3", StringComparison.Ordinal);

        Assert.Empty(EnqueueOracle.Validate(misspelled, version));
        var errors = EnqueueOracle.Validate(misspelled, version, strict: true);
        Assert.Contains("NoAdditionalPropertiesAllowed at #/prepnd", errors);
        Assert.Contains("AddInvocation: NoAdditionalPropertiesAllowed at #/batch.graph.nodes.add-node.bb", errors);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_missing_required_direct_input_is_refused(string version)
    {
        const string body = """{"batch":{"graph":{"id":"g","nodes":{"m":{"id":"m","type":"sd3_model_loader"}},"edges":[]},"runs":1}}""";
        var errors = EnqueueOracle.Validate(body, version);
        Assert.Equal(["Sd3ModelLoaderInvocation: PropertyRequired at #/batch.graph.nodes.m.model"], errors);
    }

    [Fact]
    public void Node_types_are_known_per_snapshot()
    {
        Assert.True(EnqueueOracle.HasNodeType("add", "6.8"));
        Assert.True(EnqueueOracle.HasNodeType("video_frame_extract", "6.14"));
        Assert.False(EnqueueOracle.HasNodeType("video_frame_extract", "6.8"));
        Assert.Throws<ArgumentException>(() => EnqueueOracle.Validate(Hello, "5.0"));
    }

    private static string WithItems(string items) =>
        Hello.Replace("\"runs\":1", $$"""
            "runs":1,"data":[[{"node_path":"add-node","field_name":"a","items":{{items}}}]]
            """, StringComparison.Ordinal);
}
