using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Execution;
using Xunit;
using static GraphDsl.Emulator.Tests.Execution.ExecutionFixture;

namespace GraphDsl.Emulator.Tests.Execution;

/// <summary>The computed nodes give python's results; placeholders give real images.</summary>
public sealed class NodeImplementationTests
{
    private static async Task<JsonObject> RunOne(string type, object inputs)
    {
        var (_, outcome, _, _, state) = await RunAsync(new TestGraph().Node("n", type, inputs).Build());
        AssertCompleted(outcome);
        return ResultsOf(state, "n").Single();
    }

    [Theory]
    [InlineData("add", 7, 2, 9)]
    [InlineData("sub", 7, 9, -2)]
    [InlineData("mul", -3, 4, -12)]
    [InlineData("div", 7, 2, 3)]
    [InlineData("div", -7, 2, -3)] // int(a / b) truncates, unlike a // b
    public async Task Integer_math_matches_python(string type, int a, int b, long expected)
    {
        var result = await RunOne(type, new { a, b });
        Assert.Equal("integer_output", (string)result["type"]!);
        Assert.Equal(expected, (long)result["value"]!);
    }

    [Theory]
    [InlineData("MOD", -7, 3, 2)]
    [InlineData("MOD", 7, -3, -2)]
    [InlineData("EXP", 2, 10, 1024)]
    [InlineData("DIV", -9, 4, -2)]
    [InlineData("ABS", -5, 0, 5)]
    [InlineData("MIN", 3, -1, -1)]
    public async Task Integer_math_node_matches_python(string operation, int a, int b, long expected)
    {
        Assert.Equal(expected, (long)(await RunOne("integer_math", new { operation, a, b }))["value"]!);
    }

    [Theory]
    [InlineData("Nearest", 2.5, 1, 2)]
    [InlineData("Nearest", 3.5, 1, 4)]
    [InlineData("Floor", -2.5, 1, -3)]
    [InlineData("Ceiling", 7.1, 4, 8)]
    [InlineData("Truncate", -7.9, 2, -6)]
    public async Task Float_to_int_rounds_as_python(string method, double value, int multiple, long expected)
    {
        Assert.Equal(expected, (long)(await RunOne("float_to_int", new { method, value, multiple }))["value"]!);
    }

    [Fact]
    public async Task Float_math_and_round_float()
    {
        Assert.Equal(0.75, (double)(await RunOne("float_math", new { operation = "DIV", a = 3.0, b = 4.0 }))["value"]!);
        Assert.Equal(3.0, (double)(await RunOne("float_math", new { operation = "SQRT", a = 9.0, b = 0.0 }))["value"]!);
        Assert.Equal(2.0, (double)(await RunOne("round_float", new { value = 2.5, decimals = 0 }))["value"]!);
        Assert.Equal(1.25, (double)(await RunOne("round_float", new { value = 1.2451, decimals = 2 }))["value"]!);
    }

    [Fact]
    public async Task Division_by_zero_fails_with_ZeroDivisionError()
    {
        var (_, outcome, _, _, _) = await RunAsync(new TestGraph().Node("n", "div", new { a = 1, b = 0 }).Build());
        Assert.Equal(SessionStatus.Failed, outcome.Status);
        Assert.Equal("ZeroDivisionError", outcome.ErrorType);
        Assert.Equal("division by zero", outcome.ErrorMessage);
    }

    [Fact]
    public async Task Ranges_match_python()
    {
        Assert.Equal([0L, 3L, 6L, 9L], ((JsonArray)(await RunOne("range", new { start = 0, stop = 10, step = 3 }))["collection"]!).Select(v => (long)v!));
        Assert.Equal([5L, 3L, 1L], ((JsonArray)(await RunOne("range_of_size", new { start = 5, size = 3, step = -2 }))["collection"]!).Select(v => (long)v!));
        Assert.Equal([1.0, 1.5, 2.0], ((JsonArray)(await RunOne("float_range", new { start = 1.0, stop = 2.0, steps = 3 }))["collection"]!).Select(v => (double)v!));
    }

    [Fact]
    public async Task Random_nodes_are_reproducible_and_in_range()
    {
        var first = (long)(await RunOne("rand_int", new { low = 10, high = 20 }))["value"]!;
        var second = (long)(await RunOne("rand_int", new { low = 10, high = 20 }))["value"]!;
        Assert.Equal(first, second);
        Assert.InRange(first, 10, 19);
        var range = ((JsonArray)(await RunOne("random_range", new { low = 0, high = 5, size = 4, seed = 3 }))["collection"]!).Select(v => (long)v!).ToList();
        Assert.Equal(4, range.Count);
        Assert.All(range, v => Assert.InRange(v, 0, 4));
    }

    [Fact]
    public async Task String_nodes_match_python()
    {
        Assert.Equal("ab", (string)(await RunOne("string_join", new { string_left = "a", string_right = "b" }))["value"]!);
        Assert.Equal("abc", (string)(await RunOne("string_join_three", new { string_left = "a", string_middle = "b", string_right = "c" }))["value"]!);
        Assert.Equal("bye bye", (string)(await RunOne("string_replace", new { @string = "Hello hello", search_string = "HELLO", replace_string = "bye" }))["value"]!);
        Assert.Equal("x-1 y-2", (string)(await RunOne("string_replace", new { @string = "x1 y2", search_string = @"(\d)", replace_string = @"-\1", use_regex = true }))["value"]!);
        var split = await RunOne("string_split", new { @string = "a,b,c", delimiter = "," });
        Assert.Equal(("a", "b,c"), ((string)split["string_1"]!, (string)split["string_2"]!));
        var negative = await RunOne("string_split_neg", new { @string = "a [b] c" });
        Assert.Equal("a  c", (string)negative["positive_string"]!);
        Assert.Equal(" b", (string)negative["negative_string"]!);
    }

    [Fact]
    public async Task A_placeholder_image_is_a_valid_png_of_the_node_size_saved_with_its_ids()
    {
        var graph = new TestGraph().Node("blank", "blank_image", new { width = 40, height = 24 }).Build();
        graph["nodes"]!["blank"]!["is_intermediate"] = false;

        var (session, outcome, _, images, state) = await RunAsync(graph);

        AssertCompleted(outcome);
        var result = ResultsOf(state, "blank").Single();
        Assert.Equal("image_output", (string)result["type"]!);
        Assert.Equal((40, 24), ((int)result["width"]!, (int)result["height"]!));
        var name = (string)result["image"]!["image_name"]!;
        var record = images.Find(name)!;
        Assert.Equal((40, 24, false), (record.Width, record.Height, record.IsIntermediate));
        Assert.Equal(session.Id, record.SessionId);
        Assert.Equal(PreparedOf(state, "blank").Single(), record.NodeId);
        Assert.Equal(("internal", "system"), (record.ImageOrigin, record.UserId));
        AssertValidPng(images.ReadPng(name)!, 40, 24);
    }

    internal static void AssertValidPng(byte[] png, int width, int height)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var position = 8;
        var chunks = new List<string>();
        using var idat = new MemoryStream();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(BitwiseCrc32(png.AsSpan(position + 4, length + 4)), crc);
            if (type == "IHDR")
            {
                Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(data));
                Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.Equal(8, data[8]);
                Assert.Equal(2, data[9]);
            }
            if (type == "IDAT")
                idat.Write(data);
            chunks.Add(type);
            position += 12 + length;
        }
        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        Assert.Equal(height * (1 + (width * 3)), raw.Length);
    }

    private static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
