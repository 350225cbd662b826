using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Tests.Typing;

/// <summary>
/// Accepted edges are real edges: the generated 6.14 classes and a user file are emitted, loaded into a collectible
/// <see cref="AssemblyLoadContext"/>, run, and the <see cref="Graph"/> they build is inspected.
/// </summary>
public sealed class EdgeBuildTests(EdgeBuildTests.EmittedProbes probes) : IClassFixture<EdgeBuildTests.EmittedProbes>
{
    private const string ProbeSource = """
        using GraphDsl;
        using InvokeAI.Nodes;

        internal static class Probes
        {
            private static ModelIdentifierField AModel => new() { Key = "key", Hash = "hash", Name = "model", Base = BaseModelType.Sd1 };

            private static ImageField AnImage => new() { ImageName = "in.png" };

            internal static Graph TwoNodes()
            {
                var g = new GraphBuilder("two-nodes");
                var i = g.Add(new IntegerInvocation { Value = 2 }, "int");
                g.Add(new FloatMathInvocation { A = i.Out.Value, B = 0.5 }, "math");
                return g.Build();
            }

            internal static Graph OneEdgePerWrapper()
            {
                var g = new GraphBuilder("wrappers");
                var model = g.Add(new MainModelLoaderInvocation { Model = AModel }, "model");
                var lora = g.Add(new LoRALoaderInvocation { Lora = AModel, Clip = model.Out.Clip, Unet = model.Out.Unet }, "lora");
                var prompt = g.Add(new CompelInvocation { Clip = lora.Out.Clip, Prompt = "a cat" }, "prompt");
                var collect = g.Add(new CollectInvocation { Item = prompt.Out.Conditioning }, "collect");
                var controls = g.Add(new MetadataToControlnetsInvocation(), "controls");
                var weights = g.Add(new FloatLinearRangeInvocation { Start = 7, Stop = 3, Steps = 30 }, "weights");
                var scheduler = g.Add(new SchedulerInvocation(), "scheduler");
                g.Add(new DenoiseLatentsInvocation
                {
                    PositiveConditioning = prompt.Out.Conditioning,
                    NegativeConditioning = collect.Out.Collection,
                    Unet = lora.Out.Unet,
                    Control = controls.Out.ControlList,
                    CfgScale = weights.Out.Collection,
                    Scheduler = scheduler.Out.Scheduler,
                    Steps = 30,
                }, "denoise");
                var range = g.Add(new RangeInvocation { Start = 0, Stop = 3, Step = 1 }, "range");
                g.Add(new IntegerCollectionInvocation { Collection = range.Out.Collection }, "ints");
                var each = g.Add(new IterateInvocation { Collection = range.Out.Collection }, "each");
                var flag = g.Add(new BooleanInvocation { Value = true }, "flag");
                g.Add(new AddInvocation { A = flag.Out.Value, B = each.Out.Item }, "add");
                var half = g.Add(new FloatInvocation { Value = 0.5 }, "half");
                g.Add(new StringInvocation { Value = half.Out.Value }, "text");
                var load = g.Add(new ImageInvocation { Image = AnImage }, "load");
                g.Add(new ImageBlurInvocation { Image = load.Out.Image }, "blur");
                var images = g.Add(new ImageCollectionInvocation { Images = [AnImage] }, "images");
                g.Add(new FluxKontextConcatenateImagesInvocation { Images = images.Out.Collection }, "concat");
                return g.Build();
            }
        }
        """;

    [Fact]
    public void An_accepted_edge_between_two_nodes_becomes_an_Edge()
    {
        var graph = probes.Run("TwoNodes");

        Assert.Equal("two-nodes", graph.Id);
        Assert.Equal(new[] { "int", "math" }, graph.Nodes.Select(n => n.Id));
        Assert.Equal(new[] { "integer", "float_math" }, graph.Nodes.Select(n => n.Type));
        var edge = Assert.Single(graph.Edges);
        Assert.Equal(new Edge(new EdgeConnection("int", "value"), new EdgeConnection("math", "a")), edge);
    }

    [Fact]
    public void Every_input_wrapper_carries_its_port_into_an_Edge()
    {
        var graph = probes.Run("OneEdgePerWrapper");

        string[] expected =
        [
            "model.clip -> lora.clip",                                 // OptionalConnection<T> from Port<T>
            "model.unet -> lora.unet",
            "lora.clip -> prompt.clip",                                // OptionalInput<T> from NullablePort<T>
            "prompt.conditioning -> collect.item",                     // AnyConnection
            "prompt.conditioning -> denoise.positive_conditioning",    // OptionalOneOrManyConnection<T> from Port<T>
            "collect.collection -> denoise.negative_conditioning",     // ... from AnyPort
            "lora.unet -> denoise.unet",                               // OptionalConnection<T> from NullablePort<T>
            "controls.control_list -> denoise.control",                // ... from OneOrManyPort<T>
            "weights.collection -> denoise.cfg_scale",                 // OneOrManyInput<T> from Port<IReadOnlyList<T>>
            "scheduler.scheduler -> denoise.scheduler",                // Input<enum>
            "range.collection -> ints.collection",                     // ListInput<T>
            "range.collection -> each.collection",                     // AnyInput
            "flag.value -> add.a",                                     // IntegerInput from Port<bool>
            "each.item -> add.b",                                      // IntegerInput from AnyPort
            "half.value -> text.value",                                // StringInput from Port<double>
            "load.image -> blur.image",                                // OptionalInput<T> from Port<T>
            "images.collection -> concat.images",                      // OptionalListInput<T>
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), graph.Edges.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        var denoise = graph.Nodes.Single(n => n.Id == "denoise");
        Assert.Equal(30L, ((IInputValue)denoise.GetAssigned(denoise.Descriptor.Inputs.ToList().FindIndex(i => i.Name == "steps"))!).Literal);
    }

    /// <summary>The probes, emitted once and loaded into a collectible context that is unloaded afterwards.</summary>
    public sealed class EmittedProbes : IDisposable
    {
        private readonly ProbeLoadContext _context = new();
        private readonly Type _probes;

        public EmittedProbes()
        {
            var (compilation, tree) = TypingCompilation.With(ProbeSource);
            var errors = compilation.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
                throw new InvalidOperationException("The probes do not compile:\n" + string.Join("\n", errors));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
                throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            image.Position = 0;
            var assembly = _context.LoadFromStream(image);
            _probes = assembly.GetType("Probes", throwOnError: true)!;
        }

        public Graph Run(string method)
        {
            var build = _probes.GetMethod(method, BindingFlags.Static | BindingFlags.NonPublic)
                ?? throw new MissingMethodException("Probes", method);
            // The cast only succeeds if the emitted code bound to the GraphDsl.Runtime this test uses.
            return (Graph)build.Invoke(null, null)!;
        }

        public void Dispose() => _context.Unload();
    }

    /// <summary>Loads the emitted assembly only; every reference (GraphDsl.Runtime, System.*) falls back to the default context.</summary>
    private sealed class ProbeLoadContext() : AssemblyLoadContext("GraphDsl.Typing.Probes", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
