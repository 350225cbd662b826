using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace GraphDsl.Emulator.Images;

/// <summary>
/// A real, tiny WebP thumbnail: a lossless (VP8L) image of one solid colour, sized like InvokeAI's thumbnails (the image
/// scaled to fit 256×256, aspect kept, never enlarged). Each of the five prefix codes is a one-symbol "simple" code, so
/// pixels take no bits and the file is ~40 bytes whatever its size. The emulator does not decode PNGs, so the colour is a
/// fixed mid grey rather than the image's content.
/// </summary>
internal static class WebpThumbnail
{
    /// <summary>InvokeAI's thumbnail bound (<c>make_thumbnail(size=256)</c>).</summary>
    public const int MaxSide = 256;

    /// <summary>The thumbnail of a <paramref name="width"/>×<paramref name="height"/> image.</summary>
    public static byte[] For(int width, int height)
    {
        var (w, h) = ThumbnailSize(width, height);
        return Solid(w, h, 0x80, 0x80, 0x80, 0xFF);
    }

    /// <summary>The size PIL's <c>Image.thumbnail((256, 256))</c> gives (at least 1×1).</summary>
    public static (int Width, int Height) ThumbnailSize(int width, int height)
    {
        width = Math.Max(width, 1);
        height = Math.Max(height, 1);
        if (width <= MaxSide && height <= MaxSide)
        {
            return (width, height);
        }

        return width >= height
            ? (MaxSide, Math.Max(1, (int)Math.Round(height * (double)MaxSide / width)))
            : (Math.Max(1, (int)Math.Round(width * (double)MaxSide / height)), MaxSide);
    }

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> (1..16384) VP8L WebP of one ARGB colour.</summary>
    public static byte[] Solid(int width, int height, byte red, byte green, byte blue, byte alpha)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 16384);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 16384);

        var bits = new BitWriter();
        bits.Write(0x2F, 8);                 // VP8L signature
        bits.Write((uint)(width - 1), 14);
        bits.Write((uint)(height - 1), 14);
        bits.Write(alpha == 0xFF ? 0u : 1u, 1); // alpha_is_used (a hint)
        bits.Write(0, 3);                    // version 0
        bits.Write(0, 1);                    // no transform
        bits.Write(0, 1);                    // no colour cache
        bits.Write(0, 1);                    // no meta prefix codes (one prefix-code group)
        SimpleCode(bits, green);             // green + length prefixes
        SimpleCode(bits, red);
        SimpleCode(bits, blue);
        SimpleCode(bits, alpha);
        bits.Write(1, 1);                    // distance: simple code,
        bits.Write(0, 1);                    //   one symbol,
        bits.Write(0, 1);                    //   1-bit symbol,
        bits.Write(0, 1);                    //   symbol 0
        var payload = bits.ToArray();

        var padded = payload.Length + (payload.Length & 1);
        var file = new byte[20 + padded];
        "RIFF"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        "WEBP"u8.CopyTo(file.AsSpan(8));
        "VP8L"u8.CopyTo(file.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(16), (uint)payload.Length);
        payload.CopyTo(file.AsSpan(20));
        return file;
    }

    /// <summary>A simple prefix code with the single 8-bit symbol <paramref name="symbol"/> (code length 0).</summary>
    private static void SimpleCode(BitWriter bits, byte symbol)
    {
        bits.Write(1, 1); // simple code
        bits.Write(0, 1); // num_symbols - 1 = 0
        bits.Write(1, 1); // is_first_8bits
        bits.Write(symbol, 8);
    }

    /// <summary>VP8L's bit order: least significant bit first.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> _bytes = [];
        private int _used;

        public void Write(uint value, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (_used == 0)
                {
                    _bytes.Add(0);
                }

                if (((value >> i) & 1) != 0)
                {
                    _bytes[^1] |= (byte)(1 << _used);
                }

                _used = (_used + 1) & 7;
            }
        }

        public byte[] ToArray() => [.. _bytes];
    }
}
