using GraphDsl;
using GraphDsl.Emulator;
using InvokeAI.Nodes;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>Image upload and download.</summary>
public sealed class ImageTests
{
    [Fact]
    public async Task An_uploaded_image_downloads_as_the_same_bytes_and_feeds_an_ImageField()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);

        var image = await invoke.UploadImageAsync(new MemoryStream(TestImages.OnePixelPng), "pixel.png", ImageCategory.User).WaitAsync(TestGraphs.Limit);
        var bytes = await invoke.DownloadImageAsync(image.ImageName).WaitAsync(TestGraphs.Limit);
        var g = new GraphBuilder();
        var load = g.Add(new ImageInvocation { Image = new ImageField { ImageName = image.ImageName } }, "load");
        var run = await invoke.RunAsync(g.Build()).WaitAsync(TestGraphs.Limit);

        Assert.Equal((1, 1), (image.Width, image.Height));
        Assert.Equal(TestImages.OnePixelPng, bytes);
        Assert.Equal(image.ImageName, run.Output(load).Image.ImageName);
    }

    [Fact]
    public async Task A_file_uploads_and_a_thumbnail_downloads_to_a_file()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);
        var dir = Directory.CreateTempSubdirectory("graphdsl-client-");
        try
        {
            var source = Path.Combine(dir.FullName, "in.png");
            await File.WriteAllBytesAsync(source, TestImages.OnePixelPng);
            var target = Path.Combine(dir.FullName, "thumb.webp");

            var image = await invoke.UploadImageAsync(source, ImageCategory.General, isIntermediate: true).WaitAsync(TestGraphs.Limit);
            await invoke.DownloadImageAsync(image.ImageName, target, thumbnail: true).WaitAsync(TestGraphs.Limit);

            Assert.True(new FileInfo(target).Length > 0);
            Assert.True(image.Json.GetProperty("is_intermediate").GetBoolean());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_image_is_a_404_InvokeException()
    {
        await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
        await using var invoke = new InvokeClient(server.BaseAddress);

        var error = await Assert.ThrowsAsync<InvokeException>(() => invoke.DownloadImageAsync("nope.png").WaitAsync(TestGraphs.Limit));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
    }
}
