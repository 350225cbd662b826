using System;

namespace GraphDsl.Emulator.Nodes;

/// <summary>Nodes that report step progress in InvokeAI: the denoisers (<c>denoise_latents</c>, <c>*_denoise</c>, …) and the upscalers.</summary>
internal static class StepNodes
{
    public static bool IsStepNode(string type) =>
        (type.Contains("denoise", StringComparison.Ordinal) && !type.Contains("mask", StringComparison.Ordinal))
        || IsUpscaler(type);

    /// <summary>The progress message: InvokeAI's step callback says <c>Denoising</c> (step_callback.py), the upscalers <c>Upscaling</c>.</summary>
    public static string MessageOf(string type) => IsUpscaler(type) ? "Upscaling" : "Denoising";

    private static bool IsUpscaler(string type) => type is "esrgan" or "spandrel_image_to_image" or "spandrel_image_to_image_autoscale" or "pid_upscale";
}
