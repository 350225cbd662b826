using System.Text.Json.Nodes;
using Xunit;
using static GraphDsl.Emulator.Tests.Validation.ValidationFixture;

namespace GraphDsl.Emulator.Tests.Validation;

/// <summary>Body, batch and node field errors: pydantic's types, locs and messages (checked against pydantic 2.13).</summary>
public sealed class EnqueueValidatorFieldTests
{
    private const string NodesLoc = "body/batch/graph/nodes";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "no batch", "{}", "missing", "body/batch", "Field required" },
        { "batch not an object", """{"batch":[]}""", "model_type", "body/batch", "Input should be a valid dictionary or instance of Batch" },
        { "no graph", """{"batch":{}}""", "missing", "body/batch/graph", "Field required" },
        { "graph not an object", """{"batch":{"graph":null}}""", "model_type", "body/batch/graph", "Input should be a valid dictionary or instance of Graph" },
        { "nodes not a dict", """{"batch":{"graph":{"nodes":[]}}}""", "dict_type", "body/batch/graph/nodes", "Input should be a valid dictionary" },
        { "edges not a list", """{"batch":{"graph":{"edges":{}}}}""", "list_type", "body/batch/graph/edges", "Input should be a valid list" },
        { "edge without destination", Body(Node("a", "add"), """{"source":{"node_id":"a","field":"value"}}"""), "missing", "body/batch/graph/edges/0/destination", "Field required" },
        { "edge node id not a string", Body(Node("a", "add"), """{"source":{"node_id":1,"field":"value"},"destination":{"node_id":"a","field":"a"}}"""), "string_type", "body/batch/graph/edges/0/source/node_id", "Input should be a valid string" },
        { "node not an object", Body("\"n\":5"), "model_attributes_type", $"{NodesLoc}/n", "Input should be a valid dictionary or object to extract fields from" },
        { "node without type", Body("\"n\":{\"id\":\"n\"}"), "union_tag_not_found", $"{NodesLoc}/n", "Unable to extract tag using discriminator 'type'" },
        { "int_parsing", Body(Node("n", "add", "\"a\":\"x\"")), "int_parsing", $"{NodesLoc}/n/add/a", "Input should be a valid integer, unable to parse string as an integer" },
        { "int_from_float", Body(Node("n", "add", "\"a\":2.5")), "int_from_float", $"{NodesLoc}/n/add/a", "Input should be a valid integer, got a number with a fractional part" },
        { "int_type", Body(Node("n", "add", "\"a\":null")), "int_type", $"{NodesLoc}/n/add/a", "Input should be a valid integer" },
        { "float_parsing", Body(Node("n", "float", "\"value\":\"x\"")), "float_parsing", $"{NodesLoc}/n/float/value", "Input should be a valid number, unable to parse string as a number" },
        { "string_type", Body(Node("n", "string", "\"value\":true")), "string_type", $"{NodesLoc}/n/string/value", "Input should be a valid string" },
        { "bool_parsing", Body(Node("n", "add", "\"is_intermediate\":\"maybe\"")), "bool_parsing", $"{NodesLoc}/n/add/is_intermediate", "Input should be a valid boolean, unable to interpret input" },
        { "bool_type", Body(Node("n", "add", "\"use_cache\":null")), "bool_type", $"{NodesLoc}/n/add/use_cache", "Input should be a valid boolean" },
        { "list_type", Body(Node("n", "integer_collection", "\"collection\":\"x\"")), "list_type", $"{NodesLoc}/n/integer_collection/collection", "Input should be a valid list" },
        { "list item", Body(Node("n", "integer_collection", "\"collection\":[1,\"x\"]")), "int_parsing", $"{NodesLoc}/n/integer_collection/collection/1", "Input should be a valid integer, unable to parse string as an integer" },
        { "literal_error", Body(Node("n", "img_resize", "\"resample_mode\":\"cubic\"")), "literal_error", $"{NodesLoc}/n/img_resize/resample_mode", "Input should be 'nearest', 'box', 'bilinear', 'hamming', 'bicubic' or 'lanczos'" },
        { "model_type", Body(Node("n", "img_resize", "\"image\":\"x.png\"")), "model_type", $"{NodesLoc}/n/img_resize/image", "Input should be a valid dictionary or instance of ImageField" },
        { "nested missing", Body(Node("n", "img_resize", "\"image\":{}")), "missing", $"{NodesLoc}/n/img_resize/image/image_name", "Field required" },
        { "schema-required direct field", Body(Node("n", "sd3_model_loader")), "missing", $"{NodesLoc}/n/sd3_model_loader/model", "Field required" },
        { "multiple_of", Body(Node("n", "noise", "\"width\":12")), "multiple_of", $"{NodesLoc}/n/noise/width", "Input should be a multiple of 8" },
        { "exclusive minimum", Body(Node("n", "img_resize", "\"width\":0")), "greater_than", $"{NodesLoc}/n/img_resize/width", "Input should be greater than 0" },
        { "maximum", Body(Node("n", "noise", "\"seed\":4294967296")), "less_than_equal", $"{NodesLoc}/n/noise/seed", "Input should be less than or equal to 4294967295" },
        { "minimum", Body(Node("n", "noise", "\"seed\":-1")), "greater_than_equal", $"{NodesLoc}/n/noise/seed", "Input should be greater than or equal to 0" },
        { "runs below 1", Body(Node("n", "add"), batchExtra: "\"runs\":0"), "greater_than_equal", "body/batch/runs", "Input should be greater than or equal to 1" },
        { "batch_id null", Body(Node("n", "add"), batchExtra: "\"batch_id\":null"), "string_type", "body/batch/batch_id", "Input should be a valid string" },
        { "origin not a string", Body(Node("n", "add"), batchExtra: "\"origin\":5"), "string_type", "body/batch/origin", "Input should be a valid string" },
        { "prepend", """{"batch":{"graph":{}},"prepend":"x"}""", "bool_parsing", "body/prepend", "Input should be a valid boolean, unable to interpret input" },
        { "workflow not an object", Body(Node("n", "add"), batchExtra: "\"workflow\":5"), "model_type", "body/batch/workflow", "Input should be a valid dictionary or instance of WorkflowWithoutID" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FieldErrorIsPydantics(string rule, string body, string type, string loc, string msg)
    {
        var result = Validate(body);

        Assert.Null(result.Batch);
        var error = Assert.Single(result.Errors);
        Assert.True(type == error.Type, $"{rule}: {error.Type} {LocText(error)} {error.Msg}");
        Assert.Equal(loc, LocText(error));
        Assert.Equal(msg, error.Msg);
    }

    [Fact]
    public void UnknownTypeIsUnionTagInvalidListingEveryTag()
    {
        var error = Assert.Single(Validate(Body(Node("n", "nope"))).Errors);

        Assert.Equal("union_tag_invalid", error.Type);
        Assert.Equal($"{NodesLoc}/n", LocText(error));
        Assert.StartsWith("Input tag 'nope' found using 'type' does not match any of the expected tags: 'add', ", error.Msg);
        Assert.Equal(307, ((string)error.Ctx!["expected_tags"]!).Split(", ").Length);
        Assert.Equal("'type'", (string)error.Ctx!["discriminator"]!);
        Assert.Equal("nope", (string)error.Ctx!["tag"]!);
    }

    [Fact]
    public void BoundErrorsCarryPydanticsContext()
    {
        var error = Assert.Single(Validate(Body(Node("n", "add"), batchExtra: "\"runs\":0")).Errors);
        Assert.Equal("""{"ge":1}""", error.Ctx!.ToJsonString());

        var gt = Assert.Single(Validate(Body(Node("n", "img_resize", "\"width\":-8"))).Errors);
        Assert.Equal("""{"gt":0}""", gt.Ctx!.ToJsonString());
    }

    [Fact]
    public void EveryFailingFieldIsReportedInFieldOrder()
    {
        var body = Body(Node("a", "add", "\"b\":\"x\",\"a\":\"y\"") + "," + Node("c", "nope"), batchExtra: "\"runs\":0,\"origin\":1");

        var errors = Validate(body).Errors;

        Assert.Equal(
            ["body/batch/origin", $"{NodesLoc}/a/add/a", $"{NodesLoc}/a/add/b", $"{NodesLoc}/c", "body/batch/runs"],
            errors.Select(LocText));
    }

    [Fact]
    public void MissingFieldErrorCarriesTheObjectAsInput()
    {
        var error = Assert.Single(Validate("""{"batch":{"runs":2}}""").Errors);

        Assert.Equal("""{"runs":2}""", error.Input!.ToJsonString());
        Assert.Equal("""{"type":"missing","loc":["body","batch","graph"],"msg":"Field required","input":{"runs":2}}""", error.ToJson().ToJsonString());
    }

    [Fact]
    public void PydanticUnionErrorsNameEachMember()
    {
        // denoise_latents.positive_conditioning is ConditioningField|list[ConditioningField]|None.
        var errors = Validate(Body(Node("n", "denoise_latents", "\"positive_conditioning\":\"x\""))).Errors;

        Assert.Equal(
            [$"{NodesLoc}/n/denoise_latents/positive_conditioning/ConditioningField", $"{NodesLoc}/n/denoise_latents/positive_conditioning/list[ConditioningField]"],
            errors.Select(LocText));
        Assert.Equal(["model_type", "list_type"], errors.Select(e => e.Type));
    }

    [Fact]
    public void ExtraNodeFieldsAreAcceptedAndDropped()
    {
        var result = Validate(Body(Node("n", "add", "\"unknown\":1")));

        Assert.Empty(result.Errors);
        Assert.False(result.Batch!.Graph["nodes"]!["n"]!.AsObject().ContainsKey("unknown"));
    }
}
