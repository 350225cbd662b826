using System.Text.Json.Nodes;
using GraphDsl.Emulator.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace GraphDsl.Emulator.Tests.SchemaTests;

public sealed class OpenApiOracleTests
{
    private static JsonObject CapturedItem(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name)))!.AsObject();

    [Theory]
    [InlineData("call-wf-sdxl-text-to-image.json")]
    [InlineData("call-wf-flux-image-to-image.json")]
    public void CapturedGraphIsAValidGraphIn614And68(string file)
    {
        var graph = CapturedItem(file)["session"]!["graph"];

        Assert.Empty(OpenApiOracle.V614.Validate(graph, "Graph"));
        Assert.Empty(OpenApiOracle.V68.Validate(graph, "Graph"));
    }

    [Theory]
    [InlineData("call-wf-sdxl-text-to-image.json")]
    [InlineData("call-wf-flux-image-to-image.json")]
    public void EnqueueBodyBuiltFromCapturedItemIsValid(string file)
    {
        var item = CapturedItem(file);
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

        OpenApiOracle.V614.AssertValid(body, "Body_enqueue_batch");
    }

    [Fact]
    public void CapturedSessionResultsAreValidOutputsOnceOutputMetaIsAdded()
    {
        // 6.3-era servers did not send output_meta, which every 6.x output schema lists as required.
        var results = CapturedItem("call-wf-sdxl-text-to-image.json")["session"]!["results"]!.AsObject();
        Assert.NotEmpty(results);
        foreach (var (_, result) in results)
        {
            var output = result!.DeepClone().AsObject();
            Assert.Equal(["PropertyRequired at #/output_meta"], ValidateByType(output));
            output["output_meta"] = null;
            Assert.Empty(ValidateByType(output));
        }
    }

    [Fact]
    public void WrongFieldTypeInANodeIsReportedOnThatNodesBranchWithItsPath()
    {
        var graph = CapturedItem("call-wf-sdxl-text-to-image.json")["session"]!["graph"]!.AsObject();
        var (key, node) = graph["nodes"]!.AsObject().First(n => (string?)n.Value!["type"] == "sdxl_compel_prompt");
        node!["original_width"] = "wide";

        var errors = OpenApiOracle.V614.Validate(graph, "Graph");

        var error = Assert.Single(errors);
        Assert.Contains("as SDXLCompelPromptInvocation", error);
        Assert.Contains("IntegerExpected", error);
        Assert.Contains($"nodes.{key}.original_width", error);
    }

    [Fact]
    public void UnknownNodeTypeIsReportedAsNoBranch()
    {
        var graph = JsonNode.Parse("""{"id":"g","nodes":{"n":{"id":"n","type":"no_such_node"}},"edges":[]}""");

        var error = Assert.Single(OpenApiOracle.V614.Validate(graph, "Graph"));

        Assert.Contains("no branch has type 'no_such_node'", error);
    }

    [Fact]
    public void AssertValidThrowsWithEveryErrorPath()
    {
        var body = """{"queue_id":"default","enqueued":"one","requested":1,"priority":0,"item_ids":[1]}""";

        var exception = Assert.Throws<XunitException>(() => OpenApiOracle.V614.AssertValid(body, "EnqueueBatchResult"));

        Assert.Contains("IntegerExpected at #/enqueued", exception.Message);
        Assert.Contains("PropertyRequired at #/batch", exception.Message);
    }

    [Theory]
    [InlineData("QueueItemStatusChangedEvent")]
    [InlineData("InvocationStartedEvent")]
    [InlineData("InvocationCompleteEvent")]
    [InlineData("InvocationErrorEvent")]
    [InlineData("InvocationProgressEvent")]
    [InlineData("BatchEnqueuedEvent")]
    [InlineData("QueueClearedEvent")]
    [InlineData("QueueItemsCanceledEvent")]
    [InlineData("SessionQueueItem")]
    [InlineData("EnqueueBatchResult")]
    [InlineData("BatchStatus")]
    [InlineData("SessionQueueStatus")]
    [InlineData("SessionQueueAndProcessorStatus")]
    [InlineData("ImageDTO")]
    [InlineData("WorkflowRecordWithThumbnailDTO")]
    [InlineData("CancelByBatchIDsResult")]
    [InlineData("HTTPValidationError")]
    public void ComponentsTheEmulatorAnswersWithRejectAnEmptyObjectOrAcceptIt(string component)
    {
        Assert.True(OpenApiOracle.V614.HasComponent(component));

        // Every one of these has required fields except HTTPValidationError, whose only field is optional.
        var errors = OpenApiOracle.V614.Validate("{}", component);
        if (component == "HTTPValidationError")
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.StartsWith("PropertyRequired at #/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void QueueItemStatusChangedEventWithNullableFieldsValidates()
    {
        var json = """
            {"timestamp":1755760791,"queue_id":"default","item_id":1,"batch_id":"b","origin":null,"destination":null,
             "user_id":"system","status":"completed","error_type":null,"error_message":null,"error_traceback":null,
             "created_at":"2025-08-21 07:19:51.147","updated_at":"2025-08-21 07:20:13.763","started_at":null,
             "completed_at":null,"batch_status":{"queue_id":"default","batch_id":"b","origin":null,"destination":null,
             "pending":0,"in_progress":0,"completed":1,"failed":0,"canceled":0,"waiting":0,"total":1},
             "queue_status":{"queue_id":"default","item_id":null,"batch_id":null,"session_id":null,"pending":0,
             "in_progress":0,"completed":1,"failed":0,"canceled":0,"waiting":0,"total":1},"session_id":"s",
             "status_sequence":3}
            """;

        OpenApiOracle.V614.AssertValid(json, "QueueItemStatusChangedEvent");
        Assert.Contains(OpenApiOracle.V614.Validate(json.Replace("\"completed\",\"error_type\"", "\"done\",\"error_type\""), "QueueItemStatusChangedEvent"),
            e => e.Contains("#/status", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> ValidateByType(JsonObject output)
    {
        var type = (string)output["type"]!;
        var component = OutputComponent(type);
        return OpenApiOracle.V614.Validate(output, component);
    }

    private static string OutputComponent(string type) => type switch
    {
        "sdxl_model_loader_output" => "SDXLModelLoaderOutput",
        "string_output" => "StringOutput",
        "conditioning_output" => "ConditioningOutput",
        "collect_output" => "CollectInvocationOutput",
        "noise_output" => "NoiseOutput",
        "latents_output" => "LatentsOutput",
        "image_output" => "ImageOutput",
        "integer_output" => "IntegerOutput",
        "vae_output" => "VAEOutput",
        "metadata_output" => "MetadataOutput",
        _ => throw new InvalidOperationException($"no component known for output type {type}"),
    };
}
