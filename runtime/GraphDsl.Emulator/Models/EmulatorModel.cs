namespace GraphDsl.Emulator.Models;

/// <summary>A model the emulator reports as installed (<c>GET /api/v2/models/</c>).</summary>
/// <param name="Name">The model's name, e.g. <c>Juggernaut XL v9</c>.</param>
/// <param name="Base">Its base: <c>sd-1</c>, <c>sdxl</c>, <c>flux</c>, …</param>
/// <param name="Type">Its type: <c>main</c>, <c>vae</c>, <c>lora</c>, …</param>
/// <param name="Format">Its format: <c>diffusers</c>, <c>checkpoint</c>, <c>lycoris</c>, …</param>
public sealed record EmulatorModel(string Name, string Base, string Type, string Format = "diffusers")
{
    /// <summary>What the emulator reports when <see cref="EmulatorOptions.Models"/> is left alone: an SDXL and a FLUX main model, an SDXL VAE.</summary>
    public static EmulatorModel[] Defaults { get; } =
    [
        new("Juggernaut XL v9", "sdxl", "main"),
        new("sdxl-vae-fp16-fix", "sdxl", "vae"),
        new("FLUX Schnell (Quantized)", "flux", "main", "bnb_quantized_nf4b"),
    ];
}
