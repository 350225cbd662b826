using GraphDsl.Emulator.Schema;
using GraphDsl.Validation;
using Xunit;

namespace GraphDsl.Emulator.Tests.SchemaTests;

public sealed class InvokeSchemaLoadingTests
{
    private static readonly Lazy<InvokeSchema> V614 = new(InvokeSchema.LoadDefault);

    private static string SchemaPath(string file) => Path.Combine(AppContext.BaseDirectory, "Schemas", file);

    [Fact]
    public void DefaultIs614WithEveryInvocationAndOutput()
    {
        var schema = V614.Value;

        Assert.Equal(307, schema.Nodes.Count);
        Assert.Equal(111, schema.Outputs.Count);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, schema.Components.ValueKind);
        Assert.True(schema.Components.TryGetProperty("SessionQueueItem", out _));
    }

    [Fact]
    public void Loads68()
    {
        var schema = InvokeSchema.Load(SchemaPath("invokeai-6.8.openapi.json"));

        Assert.Equal(211, schema.Nodes.Count);
        Assert.Equal(76, schema.Outputs.Count);
        Assert.True(schema.FindNode("collect")!.UseCacheDefault);
    }

    [Fact]
    public void AddNodeHasItsInputsAndOutput()
    {
        var add = V614.Value.FindNode("add")!;

        Assert.Equal("AddInvocation", add.SchemaName);
        Assert.Equal("integer_output", add.OutputType);
        Assert.Equal(["a", "b"], add.Inputs.Select(i => i.Name));
        Assert.True(add.UseCacheDefault);
        var a = add.FindInput("a")!;
        Assert.Equal(WireType.Int, a.Type);
        Assert.Equal(InputKind.Any, a.Kind);
        Assert.False(a.IsSchemaRequired);
        Assert.False(a.IsRequiredAtExecution);
        Assert.Equal(0, a.Default!.Value.GetInt32());
        Assert.Equal(WireType.Int, V614.Value.FindOutput("integer_output")!.FindField("value")!.Type);
    }

    [Theory]
    [InlineData("sdxl_compel_prompt", "clip", "CLIPField|None", "connection", false, true)]
    [InlineData("collect", "item", "Any|None", "connection", false, false)]
    [InlineData("collect", "collection", "list[Any]", "connection", false, false)]
    [InlineData("iterate", "collection", "list[Any]", "any", false, false)]
    [InlineData("denoise_latents", "positive_conditioning", "ConditioningField|list[ConditioningField]|None", "connection", false, true)]
    [InlineData("img_resize", "resample_mode", "Literal['bicubic', 'bilinear', 'box', 'hamming', 'lanczos', 'nearest']", "any", false, false)]
    [InlineData("call_saved_workflow", "workflow_inputs", "dict[str, Any]", "any", false, false)]
    public void FieldTypesAreThePythonAnnotations(string node, string field, string type, string kind, bool schemaRequired, bool requiredAtExecution)
    {
        var template = V614.Value.FindNode(node)!.FindInput(field)!;

        Assert.Equal(WireType.Parse(type), template.Type);
        Assert.Equal(Enum.Parse<InputKind>(kind, ignoreCase: true), template.Kind);
        Assert.Equal(schemaRequired, template.IsSchemaRequired);
        Assert.Equal(requiredAtExecution, template.IsRequiredAtExecution);
    }

    [Fact]
    public void DirectInputWithoutDefaultIsSchemaRequired()
    {
        var required = V614.Value.Nodes.Values.SelectMany(n => n.Inputs.Where(i => i.IsSchemaRequired).Select(i => (n.Type, i))).ToList();

        Assert.Equal(17, required.Count);
        Assert.All(required, r => Assert.Null(r.i.Default));
    }

    [Fact]
    public void IterateAndCollectDoNotUseTheCacheIn614()
    {
        Assert.False(V614.Value.FindNode("iterate")!.UseCacheDefault);
        Assert.False(V614.Value.FindNode("collect")!.UseCacheDefault);
        Assert.Equal("collect_output", V614.Value.FindNode("collect")!.OutputType);
    }

    [Fact]
    public void ReferencesAreClassesByTheirSchemaName()
    {
        var field = V614.Value.FindNode("main_model_loader")!.FindInput("model")!;
        Assert.Equal(WireType.Parse("ModelIdentifierField|None"), field.Type);

        var output = V614.Value.FindOutput("latents_output")!.FindField("latents")!;
        Assert.Equal(WireType.Class("LatentsField"), output.Type);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("{}", "components.schemas")]
    [InlineData("""{"components":{"schemas":{}}}""", "no invocation")]
    [InlineData("""{"components":{"schemas":{"X":{"class":"invocation","properties":{"id":{"type":"string"}}}}}}""", "X has no properties.type.const")]
    [InlineData("""{"components":{"schemas":{"X":{"class":"invocation","properties":{"type":{"const":"x"},"a":{"$ref":"#/components/schemas/Nope"}}}}}}""", "X.a: '#/components/schemas/Nope' names no component schema")]
    [InlineData("""{"components":{"schemas":{"X":{"class":"invocation","properties":{"type":{"const":"x"}}}}}}""", "X has no output reference")]
    public void BrokenDocumentsAreInvalidData(string json, string message)
    {
        var exception = Assert.Throws<InvalidDataException>(() => InvokeSchema.Parse(json));

        Assert.Contains(message, exception.Message);
    }
}
