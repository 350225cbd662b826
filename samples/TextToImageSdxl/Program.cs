using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;

// SDXL text to image with live progress, then the image downloaded to a file.
//   dotnet run --project samples/TextToImageSdxl -- [--url URL] [--model NAME] [--prompt TEXT] [--out FILE]
// Against --url URL (or $INVOKEAI_URL) when given, else against the in-process emulator (its image is a placeholder).
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var url = Arg("--url") ?? Environment.GetEnvironmentVariable("INVOKEAI_URL");
var modelName = Arg("--model") ?? "Juggernaut XL v9";
var prompt = Arg("--prompt") ?? "a lighthouse on a cliff at dusk, oil painting";
var output = Arg("--out") ?? "sdxl-text-to-image.png";

await using var emulator = url is null ? await InvokeEmulator.StartAsync() : null;
await using var invoke = new InvokeClient(emulator?.BaseAddress ?? new Uri(url!));

// The model by name, so the graph does not hard-code the server's model keys.
var model = await invoke.FindModelAsync(modelName, "sdxl", "main");
if (model is null)
{
    Console.Error.WriteLine($"No SDXL main model named '{modelName}' is installed on the server; pass --model NAME.");
    return 1;
}

var g = new GraphBuilder("sdxl-text-to-image");
var loader = g.Add(new SDXLModelLoaderInvocation { Model = model.ToIdentifier<ModelIdentifierField>() });
SDXLCompelPromptInvocation Conditioning(string text) => g.Add(new SDXLCompelPromptInvocation
{
    Prompt = text,
    Style = text,
    OriginalWidth = 1024,
    OriginalHeight = 1024,
    TargetWidth = 1024,
    TargetHeight = 1024,
    Clip = loader.Out.Clip,
    Clip2 = loader.Out.Clip2,
});
var positive = Conditioning(prompt);
var negative = Conditioning("blurry, low quality, watermark");
var noise = g.Add(new NoiseInvocation { Seed = 42, Width = 1024, Height = 1024 });
var denoise = g.Add(new DenoiseLatentsInvocation
{
    PositiveConditioning = positive.Out.Conditioning,
    NegativeConditioning = negative.Out.Conditioning,
    Noise = noise.Out.Noise,
    Unet = loader.Out.Unet,
    Steps = 30,
    CfgScale = 7.0,
    DenoisingStart = 0,
    DenoisingEnd = 1,
});
var decode = g.Add(new LatentsToImageInvocation { Latents = denoise.Out.Latents, Vae = loader.Out.Vae, IsIntermediate = false });

var progress = new Progress<InvokeProgress>(p =>
{
    if (p.Kind == InvokeProgressKind.NodeStarted)
        Console.WriteLine($"  {p.NodeType}");
    else if (p.Kind == InvokeProgressKind.NodeProgress && p.Percentage is { } percentage)
        Console.WriteLine($"    {p.Message} {percentage:P0}{(p.Image is { } preview ? $" (preview {preview.Width}×{preview.Height})" : "")}");
});
Console.WriteLine($"'{prompt}' with {model.Name}:");
GraphRun run = await invoke.RunAsync(g.Build(), progress);

var image = run.Output(decode);
await invoke.DownloadImageAsync(image.Image.ImageName, output);
Console.WriteLine($"{image.Width}×{image.Height} image {image.Image.ImageName} saved to {Path.GetFullPath(output)}");
return 0;
