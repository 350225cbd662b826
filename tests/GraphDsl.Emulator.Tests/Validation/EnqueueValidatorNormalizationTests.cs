using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;
using GraphDsl.Emulator.Validation;
using Xunit;
using static GraphDsl.Emulator.Tests.Validation.ValidationFixture;

namespace GraphDsl.Emulator.Tests.Validation;

/// <summary>The batch as the server holds it after validation, and the 422 body.</summary>
public sealed class EnqueueValidatorNormalizationTests
{
    [Fact]
    public void NodeGetsItsDefaultsInSchemaOrder()
    {
        var result = Validate(Body(Node("n", "add")));

        Assert.Equal("""{"id":"n","is_intermediate":false,"use_cache":true,"a":0,"b":0,"type":"add"}""",
            result.Batch!.Graph["nodes"]!["n"]!.ToJsonString());
    }

    [Fact]
    public void ValuesAreCoercedAsPydanticDoes()
    {
        var nodes = Node("f", "float", "\"value\":7") + "," + Node("s", "string", "\"value\":5") + "," + Node("i", "add", "\"a\":\"3\",\"b\":2.0,\"is_intermediate\":\"yes\"");

        var graph = Validate(Body(nodes)).Batch!.Graph;

        Assert.Equal("7.0", graph["nodes"]!["f"]!["value"]!.ToJsonString());
        Assert.Equal("\"5\"", graph["nodes"]!["s"]!["value"]!.ToJsonString());
        Assert.Equal("""{"id":"i","is_intermediate":true,"use_cache":true,"a":3,"b":2,"type":"add"}""", graph["nodes"]!["i"]!.ToJsonString());
    }

    [Fact]
    public void NullsAreLeftOutOfTheStoredGraphButEchoed()
    {
        var batch = Validate(Body(Node("r", "img_resize", "\"image\":null"))).Batch!;

        Assert.False(batch.Graph["nodes"]!["r"]!.AsObject().ContainsKey("image"));
        Assert.False(batch.Graph["nodes"]!["r"]!.AsObject().ContainsKey("metadata"));
        var echoed = batch.ToJson()["graph"]!["nodes"]!["r"]!.AsObject();
        Assert.True(echoed.ContainsKey("image"));
        Assert.Null(echoed["image"]);
    }

    [Fact]
    public void BatchDefaults()
    {
        var batch = Validate(Body(Node("n", "add"))).Batch!;

        Assert.True(Guid.TryParse(batch.BatchId, out _));
        Assert.Equal(1, batch.Runs);
        Assert.False(batch.Prepend);
        Assert.Null(batch.Origin);
        Assert.Null(batch.Data);
        Assert.Equal("g", (string)batch.Graph["id"]!);
    }

    [Fact]
    public void GivenBatchFieldsAreKept()
    {
        var body = """{"batch":{"batch_id":"b1","origin":"o","destination":"d","runs":3,"graph":{"nodes":{}}},"prepend":true}""";

        var batch = Validate(body).Batch!;

        Assert.Equal(("b1", "o", "d", 3, true), (batch.BatchId, batch.Origin, batch.Destination, batch.Runs, batch.Prepend));
        Assert.True(Guid.TryParse((string)batch.Graph["id"]!, out _));
    }

    [Fact]
    public void EchoIsAValidBatch()
    {
        var body = Body(Node("a", "add") + "," + Node("b", "add"), Edge("a", "value", "b", "a"),
            "\"origin\":\"tests\",\"data\":[[{\"node_path\":\"a\",\"field_name\":\"a\",\"items\":[1,2]}]]");

        var batch = Validate(body).Batch!;

        OpenApiOracle.V614.AssertValid(batch.ToJson(), "Batch");
        OpenApiOracle.V614.AssertValid(batch.Graph, "Graph");
    }

    [Fact]
    public void ErrorsMakeAValidHttpValidationError()
    {
        var result = Validate(Body(Node("a", "add", "\"a\":\"x\"") + "," + Node("s", "string") + "," + Node("b", "add"), batchExtra: "\"runs\":0"));
        Assert.Equal(2, result.Errors.Count);

        var response = FastApiError.ToResponseBody(result.Errors);

        OpenApiOracle.V614.AssertValid(response, "HTTPValidationError");
        Assert.Equal("""{"type":"greater_than_equal","loc":["body","batch","runs"],"msg":"Input should be greater than or equal to 1","input":0,"ctx":{"ge":1}}""",
            response["detail"]![1]!.ToJsonString());

        var graphError = FastApiError.ToResponseBody(Validate(Body(Node("s", "string") + "," + Node("b", "add"), Edge("s", "value", "b", "a"))).Errors);
        OpenApiOracle.V614.AssertValid(graphError, "HTTPValidationError");
    }

    [Theory]
    [InlineData("call-wf-sdxl-text-to-image.json")]
    [InlineData("call-wf-flux-image-to-image.json")]
    public void CapturedGraphValidates(string file)
    {
        var item = CapturedItem(file);
        var body = new JsonObject
        {
            ["batch"] = new JsonObject { ["graph"] = item["session"]!["graph"]!.DeepClone(), ["workflow"] = item["workflow"]?.DeepClone() },
        };

        var result = Validate(body.ToJsonString());

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Batch!.Workflow);
    }

    /// <summary>
    /// The graph the validator stores equals what the 6.3-era server stored, except for the fields 6.14 added to
    /// these nodes since, which get their non-null defaults: <c>denoise_latents.hidiffusion*</c>, <c>noise.noise_type</c>,
    /// <c>flux_denoise_meta.scheduler</c> and <c>dype_preset</c> (its other new inputs default to null and stay out).
    /// </summary>
    [Theory]
    [InlineData("call-wf-sdxl-text-to-image.json", "denoise_latents.hidiffusion,denoise_latents.hidiffusion_raunet,denoise_latents.hidiffusion_t1_ratio,denoise_latents.hidiffusion_t2_ratio,denoise_latents.hidiffusion_window_attn,noise.noise_type")]
    [InlineData("call-wf-flux-image-to-image.json", "flux_denoise_meta.dype_preset,flux_denoise_meta.scheduler")]
    public void NormalizedCapturedGraphEqualsTheStoredOne(string file, string addedIn614)
    {
        var stored = CapturedItem(file)["session"]!["graph"]!.AsObject();
        var body = new JsonObject { ["batch"] = new JsonObject { ["graph"] = stored.DeepClone() } };

        var graph = Validate(body.ToJsonString()).Batch!.Graph;

        var added = new List<string>();
        foreach (var (key, node) in graph["nodes"]!.AsObject())
        {
            var original = stored["nodes"]![key]!.AsObject();
            foreach (var (field, value) in node!.AsObject())
            {
                if (original.TryGetPropertyValue(field, out var was))
                {
                    Assert.True(JsonNode.DeepEquals(was, value), $"{key}.{field}: stored {was?.ToJsonString()}, normalized {value?.ToJsonString()}");
                }
                else
                {
                    added.Add($"{(string)node["type"]!}.{field}");
                }
            }

            Assert.All(original, f => Assert.True(node.AsObject().ContainsKey(f.Key), $"{key}.{f.Key} was dropped"));
        }

        Assert.Equal(addedIn614, string.Join(",", added.Distinct().Order()));
        Assert.True(JsonNode.DeepEquals(stored["edges"], graph["edges"]));
    }
}
