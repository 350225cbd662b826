namespace CapturedGraphs;

// The usings sit inside the namespace so that InvokeAI.V68 wins over any other generated namespace a project
// imports globally (the runtime tests also compile this file, next to a global `using InvokeAI.Nodes;`).
using System.Text.Json;
using GraphDsl;
using InvokeAI.V68;

/// <summary>
/// SDXL text to image, as InvokeAI 6.8's workflow editor sends it: a random seed, positive and negative prompts
/// (each also used as the SDXL style prompt), <c>denoise_latents</c>, and a decode to a saved image that carries
/// the generation metadata.
/// </summary>
/// <remarks>
/// Rebuilds the <c>session.graph</c> of the captured queue item <c>call-wf-sdxl-text-to-image.json</c>
/// (12 nodes, 24 edges) with the typed nodes of the 6.8 schema. The seed is not a parameter: the graph draws it
/// with a <c>rand_int</c> node on every run, as the captured one does.
/// </remarks>
public static class SdxlTextToImage
{
    /// <summary>The main model of the captured run (Juggernaut XL v9).</summary>
    public static ModelIdentifierField JuggernautXL { get; } = new()
    {
        Key = "914b2e5a-b8d3-4da1-965f-b3775bbc5745",
        Hash = "blake3:7bb02e9351409debc5727aeeb83f77340931d3c8f86d2d6c69f67af8de20dd74",
        Name = "juggernautXL_v9Rundiffusionphoto2",
        Base = BaseModelType.Sdxl,
        Type = ModelType.Main,
    };

    /// <summary>Builds the graph.</summary>
    /// <param name="positivePrompt">The prompt, also the positive style prompt.</param>
    /// <param name="negativePrompt">The negative prompt, also the negative style prompt of the conditioning.</param>
    /// <param name="negativeStylePrompt">The negative style prompt recorded in the image's metadata.</param>
    /// <param name="model">The SDXL main model; <see cref="JuggernautXL"/> when omitted.</param>
    /// <param name="width">Image width (a multiple of 8).</param>
    /// <param name="height">Image height (a multiple of 8).</param>
    /// <param name="steps">Denoising steps.</param>
    /// <param name="cfgScale">Classifier-free guidance scale.</param>
    /// <param name="scheduler">The scheduler.</param>
    /// <param name="graphId">The graph id; a new GUID when omitted.</param>
    public static Graph Build(
        string positivePrompt = "deep space, high quality, colorful",
        string negativePrompt = "earth, star war, blurry",
        string negativeStylePrompt = "naked",
        ModelIdentifierField? model = null,
        long width = 768,
        long height = 1024,
        long steps = 30,
        double cfgScale = 7.5,
        Scheduler scheduler = Scheduler.Dpmpp3mK,
        string? graphId = null)
    {
        var g = new GraphBuilder(graphId);

        var loader = g.Add(new SDXLModelLoaderInvocation { Model = model ?? JuggernautXL, IsIntermediate = true }, id: "model");
        var positive = g.Add(new StringInvocation { Value = positivePrompt, IsIntermediate = true }, id: "positive-prompt");
        var negative = g.Add(new StringInvocation { Value = negativePrompt, IsIntermediate = true }, id: "negative-prompt");
        var seed = g.Add(new RandomIntInvocation { Low = 0, High = int.MaxValue, IsIntermediate = true, UseCache = false }, id: "seed");

        // Text and style come from the same prompt, at the model's 1024×1024 conditioning size.
        SDXLCompelPromptInvocation Conditioning(StringInvocation prompt, string id) => g.Add(new SDXLCompelPromptInvocation
        {
            Prompt = prompt.Out.Value,
            Style = prompt.Out.Value,
            OriginalWidth = 1024,
            OriginalHeight = 1024,
            CropTop = 0,
            CropLeft = 0,
            TargetWidth = 1024,
            TargetHeight = 1024,
            Clip = loader.Out.Clip,
            Clip2 = loader.Out.Clip2,
            IsIntermediate = true,
        }, id);
        var positiveConditioning = Conditioning(positive, "positive-conditioning");
        var negativeConditioning = Conditioning(negative, "negative-conditioning");

        // The captured collect nodes carry the server's default `collection: []` (an `any` input in 6.8), so it is
        // set here too; the items arrive through `item`.
        var positiveCollect = g.Add(new CollectInvocation { Item = positiveConditioning.Out.Conditioning, Collection = JsonElement.Parse("[]"), IsIntermediate = true }, id: "positive-collect");
        var negativeCollect = g.Add(new CollectInvocation { Item = negativeConditioning.Out.Conditioning, Collection = JsonElement.Parse("[]"), IsIntermediate = true }, id: "negative-collect");

        var noise = g.Add(new NoiseInvocation { Seed = seed.Out.Value, Width = width, Height = height, UseCpu = true, IsIntermediate = true }, id: "noise");

        var denoise = g.Add(new DenoiseLatentsInvocation
        {
            PositiveConditioning = positiveCollect.Out.Collection,
            NegativeConditioning = negativeCollect.Out.Collection,
            Noise = noise.Out.Noise,
            Unet = loader.Out.Unet,
            Steps = steps,
            CfgScale = cfgScale,
            DenoisingStart = 0,
            DenoisingEnd = 1,
            Scheduler = scheduler,
            CfgRescaleMultiplier = 0,
            IsIntermediate = true,
        }, id: "denoise");

        var metadata = g.Add(new CoreMetadataInvocation
        {
            GenerationMode = GenerationMode.SdxlTxt2img,
            PositivePrompt = positive.Out.Value,
            PositiveStylePrompt = positive.Out.Value,
            NegativePrompt = negative.Out.Value,
            NegativeStylePrompt = negativeStylePrompt,
            Width = noise.Out.Width,
            Height = noise.Out.Height,
            Seed = seed.Out.Value,
            RandDevice = "cpu",
            CfgScale = cfgScale,
            CfgRescaleMultiplier = 0,
            Steps = steps,
            Scheduler = scheduler.ToWire(),
            SeamlessX = false,
            SeamlessY = false,
            IsIntermediate = true,
        }, id: "metadata");

        g.Add(new LatentsToImageInvocation
        {
            Latents = denoise.Out.Latents,
            Vae = loader.Out.Vae,
            Metadata = metadata.Out.Metadata,
            Tiled = false,
            TileSize = 0,
            Fp32 = true,
            IsIntermediate = false,
            UseCache = false,
        }, id: "image");

        return g.Build();
    }
}
