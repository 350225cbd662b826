using System;
using System.Collections.Concurrent;
using System.Globalization;

namespace GraphDsl.Emulator.Images;

/// <summary>
/// The emulator's in-memory <see cref="IImageStore"/>: thread-safe, names <c>&lt;uuid&gt;.png</c>, SQLite-style UTC
/// <c>created_at</c> (<c>YYYY-MM-DD HH:MM:SS.fff</c>). Images live as long as the instance.
/// </summary>
public sealed class ImageStore : IImageStore
{
    private readonly ConcurrentDictionary<string, StoredImage> _images = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock for <c>created_at</c>.</param>
    public ImageStore(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _clock = timeProvider;
    }

    /// <summary>How many images the store holds.</summary>
    public int Count => _images.Count;

    /// <inheritdoc/>
    public ImageRecord Add(byte[] png, int width, int height, string origin, string category, bool isIntermediate, string? sessionId, string? nodeId, string? boardId, string userId)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(userId);
        var createdAt = _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
        while (true)
        {
            var record = new ImageRecord(Guid.NewGuid() + ".png", width, height, origin, category, isIntermediate, sessionId, nodeId, boardId, userId, createdAt);
            if (_images.TryAdd(record.ImageName, new StoredImage(record, (byte[])png.Clone())))
            {
                return record;
            }
        }
    }

    /// <inheritdoc/>
    public ImageRecord? Find(string imageName) =>
        imageName is not null && _images.TryGetValue(imageName, out var image) ? image.Record : null;

    /// <inheritdoc/>
    public byte[]? ReadPng(string imageName) =>
        imageName is not null && _images.TryGetValue(imageName, out var image) ? (byte[])image.Png.Clone() : null;

    private sealed record StoredImage(ImageRecord Record, byte[] Png);
}
