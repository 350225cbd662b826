namespace CapturedGraphs;

// The usings sit inside the namespace so that InvokeAI.V68 wins over any other generated namespace a project
// imports globally (the runtime tests also compile this file, next to a global `using InvokeAI.Nodes;`).
using GraphDsl;
using InvokeAI.V68;

/// <summary>
/// FLUX image to image, as InvokeAI 6.8's workflow editor sends it: an input image is encoded to latents and
/// partly re-noised, denoised with a positive and a negative prompt and a random seed, and decoded to a saved image
/// whose metadata is the input image's, updated by <c>flux_denoise_meta</c>.
/// </summary>
/// <remarks>
/// Rebuilds the <c>session.graph</c> of the captured queue item <c>call-wf-flux-image-to-image.json</c>
/// (9 nodes, 19 edges) with the typed nodes of the 6.8 schema. Width and height come from the encoded image, the
/// seed from a <c>rand_int</c> node, so none of them is a parameter.
/// </remarks>
public static class FluxImageToImage
{
    /// <summary>The FLUX transformer of the captured run (FLUX.1 schnell).</summary>
    public static ModelIdentifierField FluxSchnell { get; } = new()
    {
        Key = "4ea8c1b5-e56c-47c0-949e-3805d06c1301",
        Hash = "blake3:202d1d57667fdc0b5b088a46dce7c801ffcf2e0933d4c521e272399ece17aa7b",
        Name = "flux1-schnell",
        Base = BaseModelType.Flux,
        Type = ModelType.Main,
    };

    /// <summary>The T5 encoder of the captured run (8-bit quantized).</summary>
    public static ModelIdentifierField T5Int8 { get; } = new()
    {
        Key = "cc644930-283a-464f-b48f-831e6add8ed5",
        Hash = "blake3:38aafa42899cf4fe8b1055d17de6e7fe15af104d193da4a320e34ca24db32754",
        Name = "t5_bnb_int8_quantized_encoder",
        Base = BaseModelType.Any,
        Type = ModelType.T5Encoder,
    };

    /// <summary>The CLIP embedding model of the captured run.</summary>
    public static ModelIdentifierField ClipVitLarge { get; } = new()
    {
        Key = "6fca3865-ce3f-45cd-a4d4-1086ea40504e",
        Hash = "blake3:17c19f0ef941c3b7609a9c94a659ca5364de0be364a91d4179f0e39ba17c3b70",
        Name = "clip-vit-large-patch14",
        Base = BaseModelType.Any,
        Type = ModelType.ClipEmbed,
    };

    /// <summary>The VAE of the captured run.</summary>
    public static ModelIdentifierField FluxSchnellVae { get; } = new()
    {
        Key = "53fdb8d0-6376-44b4-a02f-d25fdb375451",
        Hash = "blake3:ce21cb76364aa6e2421311cf4a4b5eb052a76c4f1cd207b50703d8978198a068",
        Name = "FLUX.1-schnell_ae",
        Base = BaseModelType.Flux,
        Type = ModelType.Vae,
    };

    /// <summary>Builds the graph.</summary>
    /// <param name="imageName">The input image, by its name on the server.</param>
    /// <param name="positivePrompt">The prompt.</param>
    /// <param name="negativePrompt">The negative prompt.</param>
    /// <param name="denoisingStart">How much of the input image to keep (0 re-noises it fully).</param>
    /// <param name="steps">Denoising steps.</param>
    /// <param name="guidance">FLUX guidance.</param>
    /// <param name="model">The FLUX main model; <see cref="FluxSchnell"/> when omitted.</param>
    /// <param name="t5Encoder">The T5 encoder; <see cref="T5Int8"/> when omitted.</param>
    /// <param name="clipEmbed">The CLIP embedding model; <see cref="ClipVitLarge"/> when omitted.</param>
    /// <param name="vae">The VAE; <see cref="FluxSchnellVae"/> when omitted.</param>
    /// <param name="graphId">The graph id; a new GUID when omitted.</param>
    public static Graph Build(
        string imageName = "e95bfe35-42f9-4693-968a-65ea655641a5.png",
        string positivePrompt = "good looking girl",
        string negativePrompt = "naked, adult",
        double denoisingStart = 0.4,
        long steps = 10,
        double guidance = 4,
        ModelIdentifierField? model = null,
        ModelIdentifierField? t5Encoder = null,
        ModelIdentifierField? clipEmbed = null,
        ModelIdentifierField? vae = null,
        string? graphId = null)
    {
        var g = new GraphBuilder(graphId);

        var loader = g.Add(new FluxModelLoaderInvocation
        {
            Model = model ?? FluxSchnell,
            T5EncoderModel = t5Encoder ?? T5Int8,
            ClipEmbedModel = clipEmbed ?? ClipVitLarge,
            VaeModel = vae ?? FluxSchnellVae,
            IsIntermediate = true,
            UseCache = false,
        }, id: "models");

        var image = g.Add(new ImageInvocation { Image = new ImageField { ImageName = imageName }, IsIntermediate = true }, id: "input-image");
        var imageMetadata = g.Add(new MetadataFromImageInvocation { Image = image.Out.Image, IsIntermediate = true }, id: "input-metadata");
        var encode = g.Add(new FluxVaeEncodeInvocation { Image = image.Out.Image, Vae = loader.Out.Vae, IsIntermediate = true }, id: "encode");
        var seed = g.Add(new RandomIntInvocation { Low = 0, High = int.MaxValue, IsIntermediate = true, UseCache = false }, id: "seed");

        // The positive prompt takes the T5 sequence length the loader gives for the model; the captured negative
        // prompt has it fixed at 256.
        var positive = g.Add(new FluxTextEncoderInvocation
        {
            Clip = loader.Out.Clip,
            T5Encoder = loader.Out.T5Encoder,
            T5MaxSeqLen = loader.Out.MaxSeqLen,
            Prompt = positivePrompt,
            IsIntermediate = true,
        }, id: "positive-prompt");
        var negative = g.Add(new FluxTextEncoderInvocation
        {
            Clip = loader.Out.Clip,
            T5Encoder = loader.Out.T5Encoder,
            T5MaxSeqLen = MaxSeqLen.Value256,
            Prompt = negativePrompt,
            IsIntermediate = true,
        }, id: "negative-prompt");

        var denoise = g.Add(new FluxDenoiseLatentsMetaInvocation
        {
            Metadata = imageMetadata.Out.Metadata,
            Latents = encode.Out.Latents,
            Transformer = loader.Out.Transformer,
            PositiveTextConditioning = positive.Out.Conditioning,
            NegativeTextConditioning = negative.Out.Conditioning,
            Width = encode.Out.Width,
            Height = encode.Out.Height,
            Seed = seed.Out.Value,
            DenoisingStart = denoisingStart,
            DenoisingEnd = 1,
            AddNoise = true,
            CfgScale = 1,
            CfgScaleStartStep = 0,
            CfgScaleEndStep = -1,
            NumSteps = steps,
            Guidance = guidance,
            IsIntermediate = true,
        }, id: "denoise");

        g.Add(new FluxVaeDecodeInvocation
        {
            Latents = denoise.Out.Latents,
            Vae = loader.Out.Vae,
            Metadata = denoise.Out.Metadata,
            IsIntermediate = false,
        }, id: "output-image");

        return g.Build();
    }
}
