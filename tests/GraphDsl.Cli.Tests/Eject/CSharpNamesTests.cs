using GraphDsl.Cli.Eject;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>Names made from labels and wire names.</summary>
public sealed class CSharpNamesTests
{
    [Theory]
    [InlineData("Positive Prompt", "positivePrompt")]
    [InlineData("sdxl_model_loader", "sdxlModelLoader")]
    [InlineData("SDXL Model", "sdxlModel")]
    [InlineData("VAE", "vae")]
    [InlineData("VAELoader", "vaeLoader")]
    [InlineData("l2i", "l2i")]
    [InlineData("Positive Prompt - FLUX", "positivePromptFlux")]
    [InlineData("Model (dev variant recommended for Image-to-Image)", "model")]
    [InlineData("(only an aside)", "onlyAnAside")]
    [InlineData("LoRA Weight", "loraWeight")]
    [InlineData("IPAdapter loRaNode", "ipAdapterLoRaNode")]
    [InlineData("2nd pass", "node2ndPass")]
    [InlineData("✨", "node")]
    public void Camel_case_from_labels_and_wire_names(string text, string expected) =>
        Assert.Equal(expected, CSharpNames.Camel(text, "node"));

    [Theory]
    [InlineData("Text to Image - SDXL", "TextToImageSdxl")]
    [InlineData("Image to Video - Wan 2.2 Lightning w/ Concept LoRAs", "ImageToVideoWan22LightningWConceptLoras")]
    [InlineData("Face Detailer with IP-Adapter & Canny (See Note in Details)", "FaceDetailerWithIpAdapterCanny")]
    [InlineData("", "Workflow")]
    public void Pascal_case_for_class_names(string text, string expected) =>
        Assert.Equal(expected, CSharpNames.Pascal(text, "Workflow"));

    [Fact]
    public void Unique_adds_the_first_free_suffix()
    {
        var taken = new HashSet<string> { "noise", "noise2" };

        Assert.Equal("noise3", CSharpNames.Unique("noise", taken));
        Assert.Equal("seed", CSharpNames.Unique("seed", taken));
        Assert.Contains("noise3", taken);
    }

    [Theory]
    [InlineData("string", true)]
    [InlineData("class", true)]
    [InlineData("value", true)]
    [InlineData("prompt", false)]
    public void Keywords_are_known(string name, bool keyword) => Assert.Equal(keyword, CSharpNames.IsKeyword(name));
}
