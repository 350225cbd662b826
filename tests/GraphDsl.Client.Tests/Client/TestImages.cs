namespace GraphDsl.Client.Tests.Client;

/// <summary>Image bytes for uploads.</summary>
internal static class TestImages
{
    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] OnePixelPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
