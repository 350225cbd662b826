namespace GraphDsl.Generator.Tests.Typing;

/// <summary>One row of the edge-typing table.</summary>
/// <param name="Name">What the row proves, with the server rule (protocol §2, <c>are_connection_types_compatible</c>).</param>
/// <param name="Body">The body of <c>Snippet.Build()</c>; <c>g</c> is the <see cref="GraphBuilder"/>.</param>
/// <param name="ExpectedError">
/// <see langword="null"/> when the snippet must compile; otherwise the compiler error id that every line ending in
/// <see cref="TypingCompilation.RejectedMarker"/> must report (and no other line may report an error).
/// </param>
public sealed record EdgeCase(string Name, string Body, string? ExpectedError)
{
    public override string ToString() => Name;
}

/// <summary>
/// The edge-typing table: each row is an edge (or a literal, or a missing input) between REAL nodes of the 6.14
/// schema, and whether the server's <c>are_connection_types_compatible</c> accepts it.
/// </summary>
/// <remarks>
/// <para>Rules, in the server's order: (1) a missing side is refused; (2) <c>from == to</c>, or either side is
/// <c>Any</c>; (3) <c>from in get_args(to)</c>; (4) <c>to in get_args(from)</c>; (5) <c>int -&gt; float</c>, and
/// <c>int</c>/<c>float -&gt; str</c>, exact types only; (6) <c>issubclass</c> when both are classes; (7)
/// <c>is_union_subtype</c>.</para>
/// <para>Three kinds of edge pass <c>validate_self</c> only through quirks of rules 4 and 7 and then fail when the node
/// runs (pydantic refuses the value on assignment): <c>list[T] -&gt; T|None</c> and <c>T -&gt; list[T]</c> (rule 7:
/// <c>get_args(list[T]) == (T,)</c>), and <c>list[T] -&gt; T</c> (rule 4, same reason). GraphDsl refuses them at
/// compile time; the rows say so.</para>
/// </remarks>
public static class EdgeTypingCases
{
    private const string CS0029 = "CS0029"; // Cannot implicitly convert type 'X' to 'Y'.
    private const string CS0266 = "CS0266"; // Cannot implicitly convert type 'X' to 'Y'. An explicit conversion exists.
    private const string CS9035 = "CS9035"; // Required member 'X' must be set in the object initializer or attribute constructor.

    private static EdgeCase Accepted(string name, string body) => new(name, body, null);

    private static EdgeCase Rejected(string name, string error, string body) => new(name, body, error);

    public static IReadOnlyList<EdgeCase> All { get; } =
    [
        // ---- exact primitives -------------------------------------------------------------------------------
        Accepted("int -> int accepted (rule 2: from == to): integer.value -> add.a", """
            var i = g.Add(new IntegerInvocation { Value = 2 });
            g.Add(new AddInvocation { A = i.Out.Value, B = 3 });
            """),
        Accepted("float -> float accepted (rule 2): float.value -> float_math.a", """
            var f = g.Add(new FloatInvocation { Value = 0.5 });
            g.Add(new FloatMathInvocation { A = f.Out.Value, B = 2 });
            """),
        Accepted("str -> str accepted (rule 2): string.value -> string_join.string_left", """
            var s = g.Add(new StringInvocation { Value = "a" });
            g.Add(new StringJoinInvocation { StringLeft = s.Out.Value, StringRight = "b" });
            """),
        Accepted("bool -> bool accepted (rule 2): boolean.value -> noise.use_cpu", """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new NoiseInvocation { UseCpu = b.Out.Value });
            """),
        Accepted("int -> float accepted (rule 5): integer.value -> float_math.a", """
            var i = g.Add(new IntegerInvocation { Value = 2 });
            g.Add(new FloatMathInvocation { A = i.Out.Value, B = 0.5 });
            """),
        Rejected("float -> int rejected (no rule: float is not int): float.value -> add.a", CS0029, """
            var f = g.Add(new FloatInvocation { Value = 0.5 });
            g.Add(new AddInvocation { A = f.Out.Value, B = 3 }); // rejected
            """),
        Accepted("int -> str accepted (rule 5): integer.value -> string.value", """
            var i = g.Add(new IntegerInvocation { Value = 2 });
            g.Add(new StringInvocation { Value = i.Out.Value });
            """),
        Accepted("float -> str accepted (rule 5): float.value -> string_join.string_right", """
            var f = g.Add(new FloatInvocation { Value = 0.5 });
            g.Add(new StringJoinInvocation { StringLeft = "x = ", StringRight = f.Out.Value });
            """),
        Rejected("str -> int rejected (no rule): string.value -> add.a", CS0029, """
            var s = g.Add(new StringInvocation { Value = "2" });
            g.Add(new AddInvocation { A = s.Out.Value }); // rejected
            """),
        Rejected("str -> float rejected (no rule): string.value -> float_math.b", CS0029, """
            var s = g.Add(new StringInvocation { Value = "2" });
            g.Add(new FloatMathInvocation { B = s.Out.Value }); // rejected
            """),
        Accepted("bool -> int accepted (rule 6: bool subclasses int): boolean.value -> add.a", """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new AddInvocation { A = b.Out.Value, B = 1 });
            """),
        Rejected("bool -> float rejected (rule 5 wants int exactly; rule 6: bool is no float): boolean.value -> float_math.a", CS0029, """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new FloatMathInvocation { A = b.Out.Value }); // rejected
            """),
        Rejected("bool -> str rejected (rule 5 wants int or float exactly): boolean.value -> string.value", CS0029, """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new StringInvocation { Value = b.Out.Value }); // rejected
            """),
        Rejected("int -> bool rejected (rule 6: int does not subclass bool): integer.value -> boolean.value", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 1 });
            g.Add(new BooleanInvocation { Value = i.Out.Value }); // rejected
            """),

        // ---- T|None targets (core_metadata has 23 of them, all input "any", default None) ---------------------
        Accepted("int -> int|None accepted (rule 3): integer.value -> core_metadata.width", """
            var i = g.Add(new IntegerInvocation { Value = 512 });
            g.Add(new CoreMetadataInvocation { Width = i.Out.Value });
            """),
        Accepted("float -> float|None accepted (rule 3): float.value -> core_metadata.cfg_scale", """
            var f = g.Add(new FloatInvocation { Value = 7.5 });
            g.Add(new CoreMetadataInvocation { CfgScale = f.Out.Value });
            """),
        Accepted("str -> str|None accepted (rule 3): string.value -> core_metadata.positive_prompt", """
            var s = g.Add(new StringInvocation { Value = "a cat" });
            g.Add(new CoreMetadataInvocation { PositivePrompt = s.Out.Value });
            """),
        Accepted("bool -> bool|None accepted (rule 3): boolean.value -> core_metadata.seamless_x", """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new CoreMetadataInvocation { SeamlessX = b.Out.Value });
            """),
        Rejected("int -> float|None rejected (rule 5 needs exactly float): integer.value -> core_metadata.cfg_scale", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 7 });
            g.Add(new CoreMetadataInvocation { CfgScale = i.Out.Value }); // rejected
            """),
        Rejected("int -> str|None rejected (rule 5 needs exactly str): integer.value -> core_metadata.positive_prompt", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 7 });
            g.Add(new CoreMetadataInvocation { PositivePrompt = i.Out.Value }); // rejected
            """),
        Rejected("float -> str|None rejected (rule 5 needs exactly str): float.value -> core_metadata.scheduler", CS0029, """
            var f = g.Add(new FloatInvocation { Value = 0.5 });
            g.Add(new CoreMetadataInvocation { Scheduler = f.Out.Value }); // rejected
            """),
        Rejected("bool -> int|None rejected (rule 6 needs two classes; bool is not in (int, None)): boolean.value -> core_metadata.width", CS0029, """
            var b = g.Add(new BooleanInvocation { Value = true });
            g.Add(new CoreMetadataInvocation { Width = b.Out.Value }); // rejected
            """),
        Rejected("float -> int|None rejected (no rule): float.value -> core_metadata.steps", CS0029, """
            var f = g.Add(new FloatInvocation { Value = 30 });
            g.Add(new CoreMetadataInvocation { Steps = f.Out.Value }); // rejected
            """),

        // ---- objects and T|None -----------------------------------------------------------------------------
        Accepted("T -> T|None accepted (rule 3): image.image -> img_blur.image (required input)", """
            var load = g.Add(new ImageInvocation { Image = AnImage });
            g.Add(new ImageBlurInvocation { Image = load.Out.Image, Radius = 4 });
            """),
        Accepted("T -> T|None accepted on a connection input (rule 3): main_model_loader.clip -> lora_loader.clip", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            g.Add(new LoRALoaderInvocation { Lora = AModel, Clip = model.Out.Clip, Unet = model.Out.Unet });
            """),
        Accepted("T|None -> T|None accepted (rule 2): lora_loader.clip (CLIPField|None) -> compel.clip", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var lora = g.Add(new LoRALoaderInvocation { Lora = AModel, Clip = model.Out.Clip });
            g.Add(new CompelInvocation { Clip = lora.Out.Clip, Prompt = "a cat" });
            """),
        Rejected("T|None -> U|None rejected (no rule): lora_loader.unet (UNetField|None) -> compel.clip", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var lora = g.Add(new LoRALoaderInvocation { Lora = AModel, Unet = model.Out.Unet });
            g.Add(new CompelInvocation { Clip = lora.Out.Unet }); // rejected
            """),
        Rejected("object -> another object rejected (rule 6: unrelated classes): noise.noise (LatentsField) -> l2i.vae", CS0029, """
            var noise = g.Add(new NoiseInvocation());
            g.Add(new LatentsToImageInvocation { Latents = noise.Out.Noise, Vae = noise.Out.Noise }); // rejected
            """),
        Rejected("image output -> integer input rejected (design example `A = l2i.Out.Image`): l2i.image -> add.a", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var noise = g.Add(new NoiseInvocation());
            var l2i = g.Add(new LatentsToImageInvocation { Latents = noise.Out.Noise, Vae = model.Out.Vae });
            g.Add(new AddInvocation { A = l2i.Out.Image }); // rejected
            """),
        Rejected("int -> object|None rejected (no rule): integer.value -> img_blur.image", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 1 });
            g.Add(new ImageBlurInvocation { Image = i.Out.Value }); // rejected
            """),

        // ---- lists ------------------------------------------------------------------------------------------
        Accepted("list[T] -> list[T] accepted (rule 2): range.collection -> integer_collection.collection", """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 10, Step = 2 });
            g.Add(new IntegerCollectionInvocation { Collection = range.Out.Collection });
            """),
        Accepted("list[T] -> list[T]|None accepted (rule 3): image_collection.collection -> flux_kontext_image_prep.images", """
            var images = g.Add(new ImageCollectionInvocation { Images = [AnImage] });
            g.Add(new FluxKontextConcatenateImagesInvocation { Images = images.Out.Collection });
            """),
        Rejected("list[int] -> list[float] rejected (rule 7: int is not in (float,)): range.collection -> float_collection.collection", CS0029, """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 10, Step = 2 });
            g.Add(new FloatCollectionInvocation { Collection = range.Out.Collection }); // rejected
            """),
        Rejected("T -> list[T] rejected (server: rule 7 quirk accepts it, then the node fails; use collect): integer.value -> integer_collection.collection", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 1 });
            g.Add(new IntegerCollectionInvocation { Collection = i.Out.Value }); // rejected
            """),
        Rejected("T -> list[T]|None rejected (no rule; use collect): image.image -> flux_kontext_image_prep.images", CS0029, """
            var load = g.Add(new ImageInvocation { Image = AnImage });
            g.Add(new FluxKontextConcatenateImagesInvocation { Images = load.Out.Image }); // rejected
            """),
        Rejected("list[T] -> T rejected (server: rule 4 quirk accepts it, then the node fails; use iterate): range.collection -> add.a", CS0029, """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 10, Step = 2 });
            g.Add(new AddInvocation { A = range.Out.Collection }); // rejected
            """),
        Rejected("list[T] -> T|None rejected (server: rule 7 bug accepts it, then the node fails): range.collection -> core_metadata.width", CS0029, """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 10, Step = 2 });
            g.Add(new CoreMetadataInvocation { Width = range.Out.Collection }); // rejected
            """),
        Rejected("list[T] -> T|None rejected for objects (server: rule 7 bug): image_collection.collection -> img_blur.image", CS0029, """
            var images = g.Add(new ImageCollectionInvocation { Images = [AnImage] });
            g.Add(new ImageBlurInvocation { Image = images.Out.Collection }); // rejected
            """),

        // ---- polymorphic T|list[T] and T|list[T]|None ---------------------------------------------------------
        Accepted("T -> T|list[T] accepted (rule 3): float.value -> controlnet.control_weight", """
            var f = g.Add(new FloatInvocation { Value = 0.8 });
            g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel, ControlWeight = f.Out.Value });
            """),
        Accepted("list[T] -> T|list[T] accepted (rule 3): float_range.collection -> controlnet.control_weight", """
            var weights = g.Add(new FloatLinearRangeInvocation { Start = 1, Stop = 0, Steps = 10 });
            g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel, ControlWeight = weights.Out.Collection });
            """),
        Rejected("int -> float|list[float] rejected (rule 5 needs exactly float): integer.value -> controlnet.control_weight", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 1 });
            g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel, ControlWeight = i.Out.Value }); // rejected
            """),
        Rejected("list[int] -> float|list[float] rejected (rule 7: int is not in the union): range.collection -> denoise_latents.cfg_scale", CS0029, """
            var range = g.Add(new RangeInvocation { Start = 1, Stop = 8, Step = 1 });
            var collect = g.Add(new CollectInvocation());
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = collect.Out.Collection, NegativeConditioning = collect.Out.Collection, Unet = collect.Out.Collection, CfgScale = range.Out.Collection }); // rejected
            """),
        Accepted("T -> T|list[T]|None accepted (rule 3): compel.conditioning -> denoise_latents.positive_conditioning", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var positive = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var negative = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "" });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = positive.Out.Conditioning, NegativeConditioning = negative.Out.Conditioning, Unet = model.Out.Unet });
            """),
        Accepted("list[T] -> T|list[T]|None accepted (rule 3): conditioning_collection.collection -> denoise_latents.positive_conditioning", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var gather = g.Add(new CollectInvocation { Item = prompt.Out.Conditioning });
            var all = g.Add(new ConditioningCollectionInvocation { Collection = gather.Out.Collection });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = all.Out.Collection, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet });
            """),
        Accepted("T|list[T]|None -> T|list[T]|None accepted (rule 2): metadata_to_controlnets.control_list -> denoise_latents.control", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var controls = g.Add(new MetadataToControlnetsInvocation());
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = prompt.Out.Conditioning, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet, Control = controls.Out.ControlList });
            """),
        Accepted("T -> T|list[T]|None accepted for a second item type (rule 3): controlnet.control -> denoise_latents.control", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var control = g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = prompt.Out.Conditioning, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet, Control = control.Out.Control });
            """),
        Rejected("list[U] -> T|list[T]|None rejected for U != T (rule 7): image_collection.collection -> denoise_latents.positive_conditioning", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var images = g.Add(new ImageCollectionInvocation { Images = [AnImage] });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = images.Out.Collection, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet }); // rejected
            """),
        Rejected("U -> T|list[T]|None rejected for U != T (no rule): controlnet.control -> denoise_latents.positive_conditioning", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var control = g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = control.Out.Control, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet }); // rejected
            """),

        // ---- Any: iterate, collect, if ----------------------------------------------------------------------
        Accepted("Any -> int accepted (rule 2: is_any(from)): iterate.item -> add.a", """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 3, Step = 1 });
            var each = g.Add(new IterateInvocation { Collection = range.Out.Collection });
            g.Add(new AddInvocation { A = each.Out.Item, B = 1 });
            """),
        Accepted("Any -> T|None accepted (rule 2): iterate.item -> img_blur.image", """
            var images = g.Add(new ImageCollectionInvocation { Images = [AnImage] });
            var each = g.Add(new IterateInvocation { Collection = images.Out.Collection });
            g.Add(new ImageBlurInvocation { Image = each.Out.Item });
            """),
        Accepted("Any -> float|list[float] accepted (rule 2): if.value -> controlnet.control_weight", """
            var choice = g.Add(new IfInvocation { Condition = true, TrueInput = 0.5, FalseInput = 1.0 });
            g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel, ControlWeight = choice.Out.Value });
            """),
        Accepted("list[Any] -> list[T] accepted (rule 2: Any in get_args): collect.collection -> integer_collection.collection", """
            var i = g.Add(new IntegerInvocation { Value = 1 });
            var collect = g.Add(new CollectInvocation { Item = i.Out.Value });
            g.Add(new IntegerCollectionInvocation { Collection = collect.Out.Collection });
            """),
        Accepted("list[Any] -> T|list[T]|None accepted (rule 2): collect.collection -> denoise_latents.positive_conditioning", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var collect = g.Add(new CollectInvocation { Item = prompt.Out.Conditioning });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = collect.Out.Collection, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet });
            """),
        Accepted("list[T] -> list[Any] accepted (rule 2: is_any(to)): range.collection -> iterate.collection", """
            var range = g.Add(new RangeInvocation { Start = 0, Stop = 3, Step = 1 });
            g.Add(new IterateInvocation { Collection = range.Out.Collection });
            """),
        Accepted("object -> Any|None connection accepted (rule 2): image.image -> collect.item", """
            var load = g.Add(new ImageInvocation { Image = AnImage });
            g.Add(new CollectInvocation { Item = load.Out.Image });
            """),
        Accepted("enum -> Any accepted (rule 2): scheduler.scheduler -> if.true_input", """
            var scheduler = g.Add(new SchedulerInvocation { Scheduler = InvokeAI.Nodes.Scheduler.Euler });
            g.Add(new IfInvocation { Condition = true, TrueInput = scheduler.Out.Scheduler, FalseInput = "euler" });
            """),
        Rejected("Any -> direct input rejected (direct inputs take literals only): iterate.item -> metadata_to_string.custom_label", CS0029, """
            var each = g.Add(new IterateInvocation());
            g.Add(new MetadataToStringInvocation { DefaultValue = "x", CustomLabel = each.Out.Item }); // rejected
            """),

        // ---- enums (Literal[...]) ---------------------------------------------------------------------------
        Accepted("enum -> same enum on another node accepted (rule 2: equal Literal): scheduler.scheduler -> denoise_latents.scheduler", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var scheduler = g.Add(new SchedulerInvocation { Scheduler = InvokeAI.Nodes.Scheduler.DpmppSde });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = prompt.Out.Conditioning, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet, Scheduler = scheduler.Out.Scheduler });
            """),
        Accepted("enum -> same enum on a third node accepted (rule 2): metadata_to_scheduler.scheduler -> tiled_multi_diffusion_denoise_latents.scheduler", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            var scheduler = g.Add(new MetadataToSchedulerInvocation { DefaultValue = InvokeAI.Nodes.Scheduler.Lcm });
            g.Add(new TiledMultiDiffusionDenoiseLatents { PositiveConditioning = prompt.Out.Conditioning, NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet, Scheduler = scheduler.Out.Scheduler });
            """),
        Accepted("integer Literal -> same Literal|None accepted (rule 3): flux_model_loader.max_seq_len -> flux_text_encoder.t5_max_seq_len", """
            var flux = g.Add(new FluxModelLoaderInvocation { Model = AModel });
            g.Add(new FluxTextEncoderInvocation { Clip = flux.Out.Clip, T5Encoder = flux.Out.T5Encoder, T5MaxSeqLen = flux.Out.MaxSeqLen, Prompt = "a cat" });
            """),
        Rejected("enum -> enum with another value set rejected (rule 7: not every value is in the target): scheduler.scheduler -> anima_denoise.scheduler", CS0029, """
            var scheduler = g.Add(new SchedulerInvocation());
            var collect = g.Add(new CollectInvocation());
            g.Add(new AnimaDenoiseInvocation { Transformer = collect.Out.Collection, PositiveConditioning = collect.Out.Collection, Scheduler = scheduler.Out.Scheduler }); // rejected
            """),
        Rejected("enum -> str rejected (Literal is not str; rule 7 finds no value in get_args(str)): scheduler.scheduler -> string.value", CS0029, """
            var scheduler = g.Add(new SchedulerInvocation());
            g.Add(new StringInvocation { Value = scheduler.Out.Scheduler }); // rejected
            """),
        Rejected("enum -> str|None rejected (rule 7): scheduler.scheduler -> core_metadata.scheduler", CS0029, """
            var scheduler = g.Add(new SchedulerInvocation());
            g.Add(new CoreMetadataInvocation { Scheduler = scheduler.Out.Scheduler }); // rejected
            """),
        Rejected("str -> enum rejected (rule 7: str is not a Literal value): string.value -> scheduler.scheduler", CS0029, """
            var s = g.Add(new StringInvocation { Value = "euler" });
            g.Add(new SchedulerInvocation { Scheduler = s.Out.Value }); // rejected
            """),
        Rejected("integer Literal -> int rejected (rule 7): flux_model_loader.max_seq_len -> add.a", CS0029, """
            var flux = g.Add(new FluxModelLoaderInvocation { Model = AModel });
            g.Add(new AddInvocation { A = flux.Out.MaxSeqLen }); // rejected
            """),
        Rejected("int -> integer Literal rejected (rule 7): integer.value -> flux2_klein_text_encoder.max_seq_len", CS0029, """
            var i = g.Add(new IntegerInvocation { Value = 512 });
            var collect = g.Add(new CollectInvocation());
            g.Add(new Flux2KleinTextEncoderInvocation { Prompt = "a cat", Qwen3Encoder = collect.Out.Collection, MaxSeqLen = i.Out.Value }); // rejected
            """),
        Accepted("enum literal into an enum input accepted: scheduler.scheduler = euler", """
            g.Add(new SchedulerInvocation { Scheduler = InvokeAI.Nodes.Scheduler.Euler });
            """),
        Rejected("str literal into an enum input rejected: scheduler.scheduler = \"euler\"", CS0029, """
            g.Add(new SchedulerInvocation { Scheduler = "euler" }); // rejected
            """),
        Rejected("enum literal into a str input rejected: core_metadata.scheduler = Scheduler.Euler", CS0029, """
            g.Add(new CoreMetadataInvocation { Scheduler = InvokeAI.Nodes.Scheduler.Euler }); // rejected
            """),

        // ---- literals, connection-only and direct inputs -------------------------------------------------
        Accepted("literal into an any-kind input accepted: add.a = 2, core_metadata.cfg_scale = 7.5, controlnet.control_weight = [..]", """
            g.Add(new AddInvocation { A = 2, B = 3 });
            g.Add(new CoreMetadataInvocation { CfgScale = 7.5, Width = 512, PositivePrompt = "a cat" });
            g.Add(new ControlNetInvocation { Image = AnImage, ControlModel = AModel, ControlWeight = new[] { 1.0, 0.5 } });
            """),
        Rejected("float literal into an int input rejected (pydantic would refuse 1.5 for int): add.a = 1.5", CS0266, """
            g.Add(new AddInvocation { A = 1.5 }); // rejected
            """),
        Rejected("object literal into a connection-only input rejected: l2i.latents = new LatentsField", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            g.Add(new LatentsToImageInvocation { Vae = model.Out.Vae, Latents = new LatentsField { LatentsName = "l" } }); // rejected
            """),
        Rejected("literal into a connection-only Any input rejected: collect.item = 5", CS0029, """
            g.Add(new CollectInvocation { Item = 5 }); // rejected
            """),
        Rejected("list literal into a connection-only list input rejected: image_collection.collection = [image]", CS0029, """
            g.Add(new ImageCollectionInvocation { Collection = new[] { AnImage } }); // rejected
            """),
        Rejected("literal into a connection-only T|list[T]|None input rejected: denoise_latents.positive_conditioning = new ConditioningField", CS0029, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            g.Add(new DenoiseLatentsInvocation { NegativeConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet, PositiveConditioning = new ConditioningField { ConditioningName = "c" } }); // rejected
            """),
        Accepted("literal into a direct input accepted: image_collection.images, metadata_to_string.custom_label", """
            g.Add(new ImageCollectionInvocation { Images = [AnImage] });
            g.Add(new MetadataToStringInvocation { DefaultValue = "none", CustomLabel = "my_label" });
            g.Add(new CogView4ModelLoaderInvocation { Model = AModel });
            """),
        Rejected("edge into a direct input rejected (the frontend refuses it): string.value -> metadata_to_string.custom_label", CS0029, """
            var s = g.Add(new StringInvocation { Value = "my_label" });
            g.Add(new MetadataToStringInvocation { DefaultValue = "none", CustomLabel = s.Out.Value }); // rejected
            """),
        Rejected("edge into a required direct input rejected: model_identifier.model -> cogview4_model_loader.model", CS0029, """
            var id = g.Add(new ModelIdentifierInvocation { Model = AModel });
            g.Add(new CogView4ModelLoaderInvocation { Model = id.Out.Model }); // rejected
            """),

        // ---- required inputs (orig_required with no default: the server fails the node at run time) --------------
        Accepted("required inputs set by an edge and by a literal accepted: l2i.latents, l2i.vae, img_blur.image", """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var noise = g.Add(new NoiseInvocation { Width = 512, Height = 512 });
            var l2i = g.Add(new LatentsToImageInvocation { Latents = noise.Out.Noise, Vae = model.Out.Vae });
            g.Add(new ImageBlurInvocation { Image = l2i.Out.Image });
            g.Add(new ImageBlurInvocation { Image = AnImage });
            """),
        Rejected("missing required any-kind input -> CS9035 (server: MissingInputException at run time): img_blur.image", CS9035, """
            g.Add(new ImageBlurInvocation { Radius = 2 }); // rejected
            """),
        Rejected("missing required connection input -> CS9035 (server: RequiredConnectionException at run time): l2i.latents", CS9035, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            g.Add(new LatentsToImageInvocation { Vae = model.Out.Vae }); // rejected
            """),
        Rejected("missing required connection input of a T|list[T]|None field -> CS9035: denoise_latents.negative_conditioning", CS9035, """
            var model = g.Add(new MainModelLoaderInvocation { Model = AModel });
            var prompt = g.Add(new CompelInvocation { Clip = model.Out.Clip, Prompt = "a cat" });
            g.Add(new DenoiseLatentsInvocation { PositiveConditioning = prompt.Out.Conditioning, Unet = model.Out.Unet }); // rejected
            """),
        Rejected("missing required direct input -> CS9035 (server: 422 at enqueue): cogview4_model_loader.model", CS9035, """
            g.Add(new CogView4ModelLoaderInvocation()); // rejected
            """),
    ];

    private static readonly Dictionary<string, EdgeCase> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static EdgeCase Get(string name) => ByName[name];
}
