using System.Text.Json;
using GraphDsl;
using GraphDsl.Client.Tests.Client;
using GraphDsl.Workflows;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Workflows;

/// <summary>
/// Gives a default workflow the inputs a user must give before it can run, as a user does in the UI: InvokeAI ships
/// its default workflows without models, images or videos. The inputs are exactly those the 6.14 validator reports as
/// required and missing: each model field gets the emulator's installed model (found by name), each image field an
/// uploaded PNG, each video field a video name (the emulator has no video upload and its video nodes do not read
/// the file).
/// </summary>
internal static class WorkflowInputsForRun
{
    public static async Task<List<string>> ProvideAsync(InvokeClient client, Workflow workflow)
    {
        var provided = new List<string>();
        var model = await client.FindModelAsync("Juggernaut XL v9") ?? throw new InvalidOperationException("The emulator has no 'Juggernaut XL v9'.");
        using var modelJson = JsonDocument.Parse(
            $$"""{"key": "{{model.Key}}", "hash": "{{model.Hash}}", "name": "{{model.Name}}", "base": "{{model.Base}}", "type": "{{model.Type}}"}""");
        foreach (var problem in workflow.ToGraph().Graph.GetProblems())
        {
            var name = $"{problem.NodeId}.{problem.Field}";
            var wireType = workflow.GetInput(name).Descriptor!.WireType.Replace("|None", "", StringComparison.Ordinal);
            switch (wireType)
            {
                case "ModelIdentifierField":
                    workflow.Set(name, modelJson.RootElement);
                    break;
                case "ImageField":
                    var image = await client.UploadImageAsync(new MemoryStream(TestImages.OnePixelPng), "input.png");
                    workflow.SetImage(name, image.ImageName);
                    break;
                case "VideoField":
                    using (var video = JsonDocument.Parse("""{"video_name": "input.mp4"}"""))
                        workflow.Set(name, video.RootElement);
                    break;
                default:
                    throw new InvalidOperationException($"{name}: {problem.Message}");
            }
            provided.Add($"{name}: {wireType}");
        }
        Assert.Empty(workflow.ToGraph().Graph.GetProblems());
        return provided;
    }
}
