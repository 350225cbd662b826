using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl.Runtime.Tests.Schema;

/// <summary><see cref="NodeDescriptor.FromJson"/>: the descriptors generated code carries, and what it refuses.</summary>
public sealed class NodeDescriptorJsonTests
{
    /// <summary>
    /// Every default of every 6.14 descriptor, written back through its field's codec, is the schema's default: nothing is
    /// lost between the schema, the generated JSON and the typed value.
    /// </summary>
    [Fact]
    public void Every_default_of_the_614_schema_round_trips_through_its_codec()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "invokeai-6.14.openapi.json")));
        var components = schema.RootElement.GetProperty("components").GetProperty("schemas");
        var checkedDefaults = 0;
        foreach (var (schemaName, descriptor) in AllDescriptors())
        {
            var properties = components.GetProperty(schemaName).GetProperty("properties");
            foreach (var input in descriptor.Inputs.Where(i => i.Default is not null))
            {
                var expected = properties.GetProperty(input.Name).GetProperty("default");
                using var written = JsonDocument.Parse(Write(input.Codec, input.Default!));
                Assert.True(JsonElement.DeepEquals(Normalize(expected), Normalize(written.RootElement)),
                    $"{descriptor.Type}.{input.Name}: schema {expected.GetRawText()}, descriptor {written.RootElement.GetRawText()}");
                checkedDefaults++;
            }
        }
        Assert.True(checkedDefaults > 500, $"only {checkedDefaults} defaults");
    }

    [Fact]
    public void Reads_every_documented_member()
    {
        var descriptor = NodeDescriptor.FromJson(
            """{"type":"t","version":"1.2.3","title":"T","category":"c","tags":["x","y"],"classification":"beta","node_pack":"p","use_cache":false,"inputs":[{"name":"n","property":"N","kind":"direct","type":"list[Scheduler]","codec":"list:Scheduler","required":true,"default":["euler"],"bounds":{"minimum":1,"maximum":2,"exclusive_minimum":0,"exclusive_maximum":3,"multiple_of":0.5}}]}""",
            "t_output", [], name => name == "Scheduler" ? WireEnums.Scheduler : null);

        Assert.Equal(("t", "1.2.3", "T", "c", "p"), (descriptor.Type, descriptor.Version, descriptor.Title, descriptor.Category, descriptor.NodePack));
        Assert.Equal(["x", "y"], descriptor.Tags);
        Assert.Equal(NodeClassification.Beta, descriptor.Classification);
        Assert.False(descriptor.UseCacheDefault);
        var input = Assert.Single(descriptor.Inputs);
        Assert.Equal(("n", "N", InputKind.Direct, "list[Scheduler]", true), (input.Name, input.PropertyName, input.Kind, input.WireType, input.IsRequired));
        Assert.Equal([Scheduler.Euler], Assert.IsAssignableFrom<IReadOnlyList<Scheduler>>(input.Default));
        Assert.Equal(new NumericBounds { Minimum = 1, Maximum = 2, ExclusiveMinimum = 0, ExclusiveMaximum = 3, MultipleOf = 0.5 }, input.Bounds);
    }

    [Fact]
    public void An_absent_kind_is_any_and_an_absent_codec_is_the_wire_type()
    {
        var descriptor = NodeDescriptor.FromJson(
            """{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","type":"ImageField"},{"name":"g","property":"G","type":"int","default":3}]}""",
            "o", [], name => name == "ImageField" ? WireCodecs.Object<ImageField>() : null);

        Assert.All(descriptor.Inputs, input => Assert.Equal(InputKind.Any, input.Kind));
        Assert.Same(WireCodecs.Object<ImageField>(), descriptor.Inputs[0].Codec);
        Assert.Same(WireCodecs.Integer, descriptor.Inputs[1].Codec);
        Assert.Equal(3L, descriptor.Inputs[1].Default);
    }

    [Theory]
    [InlineData("""{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","kind":"any","type":"Nope","codec":"Nope"}]}""", "Node type 't', field 'f': unknown codec 'Nope'.")]
    [InlineData("""{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","type":"Nope"}]}""", "Node type 't', field 'f': unknown codec 'Nope'.")]
    [InlineData("""{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","kind":"any","type":"int","codec":"list:Nope"}]}""", "Node type 't', field 'f': unknown codec 'list:Nope'.")]
    [InlineData("""{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","kind":"sometimes","type":"int","codec":"int"}]}""", "Node type 't', field 'f': unknown input kind 'sometimes'.")]
    [InlineData("""{"type":"t","classification":"stable","inputs":[]}""", "Not a node descriptor")]
    [InlineData("""{"type":"t","version":"1","classification":"stable","inputs":[{"name":"f","property":"F","kind":"any","type":"int","codec":"int","default":"x"}]}""", "Not a node descriptor")]
    [InlineData("""{"type":""", "Not a node descriptor")]
    public void Refuses_what_it_cannot_read_with_a_located_message(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => NodeDescriptor.FromJson(json, "o", [], _ => null));

        Assert.StartsWith(message, error.Message);
    }

    /// <summary>The generated node classes of 6.14, each named as its schema (their class names are the schema keys).</summary>
    private static IEnumerable<(string SchemaName, NodeDescriptor Descriptor)> AllDescriptors() =>
        typeof(NodeCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == "InvokeAI.Nodes" && t.IsSubclassOf(typeof(Invocation)))
            .Select(t => (t.Name, (NodeDescriptor)t.GetProperty("Definition")!.GetValue(null)!));

    private static string Write(IWireCodec codec, object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            codec.WriteBoxed(writer, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Numbers compared by value (<c>1</c> and <c>1.0</c> are one default to the server).</summary>
    private static JsonElement Normalize(JsonElement element)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText());
        return JsonSerializer.SerializeToElement(Rewrite(node));

        static System.Text.Json.Nodes.JsonNode? Rewrite(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonArray array => new System.Text.Json.Nodes.JsonArray([.. array.Select(Rewrite)]),
            System.Text.Json.Nodes.JsonObject obj => new System.Text.Json.Nodes.JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Rewrite(p.Value)))),
            System.Text.Json.Nodes.JsonValue value when value.GetValueKind() == JsonValueKind.Number => System.Text.Json.Nodes.JsonValue.Create(value.GetValue<double>()),
            _ => node?.DeepClone(),
        };
    }
}
