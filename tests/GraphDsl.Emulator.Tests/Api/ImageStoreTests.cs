using GraphDsl.Emulator.Images;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class ImageStoreTests
{
    [Fact]
    public void AddKeepsACopyAndStampsASqliteTimestamp()
    {
        var store = new ImageStore(new ManualClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero)));
        var png = ImageTestPng.Create(2, 3);
        var record = store.Add(png, 2, 3, "internal", "general", true, "session", "node", null, "system");
        png[0] = 0;

        Assert.Matches("^[0-9a-f-]{36}\\.png$", record.ImageName);
        Assert.Equal("2026-01-02 03:04:05.678", record.CreatedAt);
        Assert.Equal(record, store.Find(record.ImageName));
        Assert.Equal(ImageTestPng.Create(2, 3), store.ReadPng(record.ImageName));
        Assert.Null(store.Find("other.png"));
        Assert.Null(store.ReadPng("other.png"));
    }

    [Fact]
    public async Task ConcurrentAddsGetDistinctNames()
    {
        var store = new ImageStore(TimeProvider.System);
        var png = ImageTestPng.Create(1, 1);
        var names = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() =>
            store.Add(png, 1, 1, "internal", "general", false, null, null, null, "system").ImageName)));
        Assert.Equal(200, names.Distinct().Count());
        Assert.Equal(200, store.Count);
    }
}
