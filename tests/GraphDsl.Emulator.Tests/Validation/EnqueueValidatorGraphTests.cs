using Xunit;
using static GraphDsl.Emulator.Tests.Validation.ValidationFixture;

namespace GraphDsl.Emulator.Tests.Validation;

/// <summary><c>Graph.validate_self()</c> and the <c>Batch.data</c> validators: <c>value_error</c>s with the server's texts.</summary>
public sealed class EnqueueValidatorGraphTests
{
    private static readonly string Two = Node("a", "add") + "," + Node("b", "add");

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "duplicate ids", Body("\"a\":{\"id\":\"x\",\"type\":\"add\"},\"b\":{\"id\":\"x\",\"type\":\"add\"}"), "body/batch/graph", "Node ids must be unique, found duplicates {'x'}" },
        { "id mismatch", Body("\"k\":{\"id\":\"x\",\"type\":\"add\"}"), "body/batch/graph", "Node ids must match, got k and x" },
        { "missing id gets a uuid, which mismatches", Body("\"k\":{\"type\":\"add\"}"), "body/batch/graph", "Node ids must match, got k and " },
        { "edge source node", Body(Two, Edge("z", "value", "b", "a")), "body/batch/graph", "Edge source node z does not exist in the graph" },
        { "edge destination node", Body(Two, Edge("a", "value", "z", "a")), "body/batch/graph", "Edge destination node z does not exist in the graph" },
        { "edge source field", Body(Two, Edge("a", "nope", "b", "a")), "body/batch/graph", "Edge source field nope does not exist in node a" },
        { "edge destination field", Body(Two, Edge("a", "value", "b", "nope")), "body/batch/graph", "Edge destination field nope does not exist in node b" },
        { "cycle", Body(Two, Edge("a", "value", "b", "a") + "," + Edge("b", "value", "a", "a")), "body/batch/graph", "Graph contains cycles" },
        { "self loop", Body(Node("a", "add"), Edge("a", "value", "a", "a")), "body/batch/graph", "Graph contains cycles" },
        { "type mismatch", Body(Node("s", "string") + "," + Node("b", "add"), Edge("s", "value", "b", "a")), "body/batch/graph", "Edge source and target types do not match (s.value -> b.a)" },
        { "int into float|None", Body(Node("a", "add") + "," + Node("m", "core_metadata"), Edge("a", "value", "m", "cfg_scale")), "body/batch/graph", "Edge source and target types do not match (a.value -> m.cfg_scale)" },
        { "iterator without input", Body(Node("it", "iterate")), "body/batch/graph", "Invalid iterator node (it): Iterator must have a collection input edge" },
        { "iterator with two inputs", Body(Node("l", "integer_collection") + "," + Node("m", "integer_collection") + "," + Node("it", "iterate"), Edge("l", "collection", "it", "collection") + "," + Edge("m", "collection", "it", "collection")), "body/batch/graph", "Invalid iterator node (it): Iterator may only have one input edge" },
        { "iterator input not a list", Body(Node("a", "add") + "," + Node("it", "iterate"), Edge("a", "value", "it", "collection")), "body/batch/graph", "Invalid iterator node (it): Iterator input must be a collection" },
        { "iterator output type", Body(Node("l", "integer_collection") + "," + Node("it", "iterate") + "," + Node("r", "img_resize"), Edge("l", "collection", "it", "collection") + "," + Edge("it", "item", "r", "image")), "body/batch/graph", "Invalid iterator node (it): Iterator outputs must connect to an input with a matching type" },
        { "collector without input", Body(Node("c", "collect")), "body/batch/graph", "Invalid collector node (c): Collector must have at least one item or collection input edge" },
        { "collector output not a list", Body(Two + "," + Node("c", "collect"), Edge("a", "value", "c", "item") + "," + Edge("c", "collection", "b", "a")), "body/batch/graph", "Invalid collector node (c): Collector output must connect to a collection input" },
        { "collector mixed items", Body(Node("a", "add") + "," + Node("s", "string") + "," + Node("c", "collect"), Edge("a", "value", "c", "item") + "," + Edge("s", "value", "c", "item")), "body/batch/graph", "Invalid collector node (c): Collector input collection items must be of a single type" },
        { "collector output item type", Body(Node("a", "add") + "," + Node("c", "collect") + "," + Node("j", "string_collection"), Edge("a", "value", "c", "item") + "," + Edge("c", "collection", "j", "collection")), "body/batch/graph", "Invalid collector node (c): Collector outputs must connect to a collection input with a matching type" },
        { "zipped lengths", Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[1,2]},{\"node_path\":\"b\",\"field_name\":\"a\",\"items\":[1]}]]"), "body/batch/data", "Zipped batch items must all have the same length" },
        { "item types", Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[1,\"x\"]}]]"), "body/batch/data", "All items in a batch must have the same type" },
        { "unique mappings", Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[1]}],[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[2]}]]"), "body/batch/data", "Each batch data must have unique node_id and field_name" },
        { "datum node", Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"z\",\"field_name\":\"a\",\"items\":[1]}]]"), "body/batch", "Node z not found in graph" },
        { "datum field", Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"nope\",\"items\":[1]}]]"), "body/batch", "Field nope not found in node a" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RuleGivesTheServersValueError(string rule, string body, string loc, string message)
    {
        var result = Validate(body);

        var error = Assert.Single(result.Errors);
        Assert.True(error.Type == "value_error", $"{rule}: {error.Type} {LocText(error)} {error.Msg}");
        Assert.Equal(loc, LocText(error));
        Assert.StartsWith("Value error, " + message, error.Msg);
        Assert.Equal("""{"error":{}}""", error.Ctx!.ToJsonString());
        Assert.Null(result.Batch);
    }

    [Theory]
    [InlineData("int into float", "\"a\":{\"id\":\"a\",\"type\":\"add\"},\"f\":{\"id\":\"f\",\"type\":\"float_math\"}", "a", "value", "f", "a")]
    [InlineData("iterate a list into its item type", "\"l\":{\"id\":\"l\",\"type\":\"integer_collection\"},\"it\":{\"id\":\"it\",\"type\":\"iterate\"},\"b\":{\"id\":\"b\",\"type\":\"add\"}", "it", "item", "b", "a")]
    public void AcceptedEdges(string rule, string nodes, string from, string fromField, string to, string toField)
    {
        var edges = Edge(from, fromField, to, toField);
        if (rule.StartsWith("iterate", StringComparison.Ordinal))
        {
            edges = Edge("l", "collection", "it", "collection") + "," + edges;
        }

        Assert.Empty(Validate(Body(nodes, edges)).Errors);
    }

    [Fact]
    public void CollectThenIterateRoundTripIsValid()
    {
        var nodes = Node("a", "add") + "," + Node("c", "collect") + "," + Node("it", "iterate") + "," + Node("b", "add");
        var edges = Edge("a", "value", "c", "item") + "," + Edge("c", "collection", "it", "collection") + "," + Edge("it", "item", "b", "a");

        Assert.Empty(Validate(Body(nodes, edges)).Errors);
    }

    [Fact]
    public void NullBatchItemGivesOneErrorPerUnionMember()
    {
        var body = Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[null]}]]");

        var errors = Validate(body).Errors;

        Assert.Equal(
            ["str", "float", "int", "ImageField", "VideoField", "list[union[str,float,int,ImageField,VideoField]]"],
            errors.Select(e => (string)e.Loc[^1]));
        Assert.All(errors, e => Assert.Equal("body/batch/data/0/0/items/0", string.Join("/", e.Loc.Take(7))));
    }

    [Fact]
    public void IntAndFloatItemsMayBeMixedAndBooleansBecomeFloats()
    {
        var body = Body(Two, batchExtra: "\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[1,2.5,true]}]]");

        var result = Validate(body);

        Assert.Empty(result.Errors);
        Assert.Equal("[1,2.5,1.0]", result.Batch!.Data![0]![0]!["items"]!.ToJsonString());
    }
}
