using System;
using System.Buffers.Binary;

namespace GraphDsl.Emulator.Images;

/// <summary>Reads a PNG's size from its signature and <c>IHDR</c> chunk (the first chunk, at byte 8).</summary>
internal static class PngInfo
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether <paramref name="data"/> starts like a PNG (signature, then an <c>IHDR</c> of 13 bytes with a non-zero size).</summary>
    public static bool TryReadSize(ReadOnlySpan<byte> data, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (data.Length < 33 || !data[..8].SequenceEqual(Signature)
            || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        if (w is 0 or > int.MaxValue || h is 0 or > int.MaxValue)
        {
            return false;
        }

        width = (int)w;
        height = (int)h;
        return true;
    }
}
