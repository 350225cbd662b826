using GraphDsl.Serialization;

namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>
/// The node types InvokeAI's graph tests use: the test invocations of <c>tests/test_nodes.py</c>, with wire types as the
/// generator would write them for their schema (a field whose default is <c>None</c>, or an <c>any</c>/<c>connection</c>
/// input without a default, becomes <c>T|None</c>, the latter required), and the real 6.14 nodes those tests import
/// (<c>iterate</c>, <c>collect</c>, <c>esrgan</c>, <c>color</c>, <c>integer</c>, <c>float</c>, <c>string</c>, <c>add</c>,
/// <c>float_collection</c>), taken from the generated <c>InvokeAI.Nodes</c>.
/// </summary>
/// <remarks>
/// <see cref="Create"/> returns <see langword="null"/>, so <see cref="Graph.FromJson"/> makes every node an
/// <see cref="UntypedInvocation"/> of the descriptor <see cref="Find"/> gives.
/// </remarks>
internal sealed class TestNodeCatalog : INodeCatalog
{
    private static readonly OutputFieldDescriptor[] ListOutput = [new("collection", "list[ImageField]")];
    private static readonly OutputFieldDescriptor[] PromptOutput = [new("prompt", "str")];
    private static readonly OutputFieldDescriptor[] ImageOutput = [new("image", "ImageField")];
    private static readonly OutputFieldDescriptor[] PromptCollectionOutput = [new("collection", "list[str]")];
    private static readonly OutputFieldDescriptor[] AnyOutput = [new("value", "Any")];
    private static readonly OutputFieldDescriptor[] UnionCollectionOutput = [new("value", "str|list[str]|None")];

    private readonly Dictionary<string, NodeDescriptor> _types;

    // After the output arrays: static fields initialise in order.
    public static TestNodeCatalog Instance { get; } = new();

    private TestNodeCatalog()
    {
        NodeDescriptor[] all =
        [
            // tests/test_nodes.py:19-29: collection: list[ImageField] = InputField(default=[]).
            new("test_list", "1.0.0", "test_list_output", ListOutput,
                [new("collection", "Collection", InputKind.Any, "list[ImageField]", WireCodecs.Any)]),
            // :32-42: prompt: str = InputField(default="").
            new("test_prompt", "1.0.0", "test_prompt_output", PromptOutput,
                [new("prompt", "Prompt", InputKind.Any, "str", WireCodecs.String)]),
            // :45-48: no inputs.
            new("test_error", "1.0.0", "test_prompt_output", PromptOutput, []),
            // :51-62.
            new("test_text_to_image", "1.0.0", "test_image_output", ImageOutput,
            [
                new("prompt", "Prompt", InputKind.Any, "str", WireCodecs.String),
                new("prompt2", "Prompt2", InputKind.Any, "str", WireCodecs.String),
            ]),
            // :65-72: image: Union[ImageField, None] = InputField(default=None).
            new("test_image_to_image", "1.0.0", "test_image_output", ImageOutput,
            [
                new("prompt", "Prompt", InputKind.Any, "str", WireCodecs.String),
                new("image", "Image", InputKind.Any, "ImageField|None", WireCodecs.Any),
            ]),
            // :75-85: collection: list[str] = InputField() — no default, so None, orig_required.
            new("test_prompt_collection", "1.0.0", "test_prompt_collection_output", PromptCollectionOutput,
                [new("collection", "Collection", InputKind.Any, "list[str]|None", WireCodecs.ListOf(WireCodecs.String)) { IsRequired = true }]),
            // :88-98: value: Any = InputField(default=None).
            new("test_any", "1.0.0", "test_any_output", AnyOutput,
                [new("value", "Value", InputKind.Any, "Any|None", WireCodecs.Any)]),
            // :101-109: value: Union[str, list[str]] = InputField(default="").
            new("test_polymorphic", "1.0.0", "test_prompt_collection_output", PromptCollectionOutput,
                [new("value", "Value", InputKind.Any, "str|list[str]", WireCodecs.Any)]),
            // :112-122: value: Union[str, list[str], None] = InputField(default=None).
            new("test_union_collection", "1.0.0", "test_union_collection_output", UnionCollectionOutput,
                [new("value", "Value", InputKind.Any, "str|list[str]|None", WireCodecs.Any)]),

            // Not in test_nodes.py: an exact (non-optional) image input, for the edges the server accepts but cannot run.
            new("test_strict_image", "1.0.0", "test_image_output", ImageOutput,
                [new("image", "Image", InputKind.Any, "ImageField", WireCodecs.Any)]),

            // The real nodes the tests import.
            IterateInvocation.Definition,
            CollectInvocation.Definition,
            ESRGANInvocation.Definition,
            ColorInvocation.Definition,
            IntegerInvocation.Definition,
            FloatInvocation.Definition,
            StringInvocation.Definition,
            AddInvocation.Definition,
            FloatCollectionInvocation.Definition,
            // Not imported by the tests: a Literal output, for the collector case the server's validation cannot handle.
            SchedulerInvocation.Definition,
        ];
        _types = all.ToDictionary(d => d.Type, StringComparer.Ordinal);
    }

    public NodeDescriptor? Find(string type) => _types.GetValueOrDefault(type);

    public Invocation? Create(string type) => null;
}
