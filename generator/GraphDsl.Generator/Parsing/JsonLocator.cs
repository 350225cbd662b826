using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GraphDsl.Generator.Diagnostics;

namespace GraphDsl.Generator.Parsing;

/// <summary>
/// Finds where values are in a JSON file, by JSON path, in one pass; only used when there is something to report.
/// </summary>
internal sealed class JsonLocator
{
    private readonly string _filePath;
    private readonly byte[] _utf8;
    private readonly int _length;
    private int[]? _lineStarts;

    public JsonLocator(string filePath, byte[] utf8, int length)
    {
        _filePath = filePath;
        _utf8 = utf8;
        _length = length;
    }

    public static string Key(IEnumerable<string> path) => string.Join("\u0001", path);

    /// <summary>The byte span of each wanted path's value; a path not found is absent from the result.</summary>
    public Dictionary<string, (int Start, int Length)> Find(HashSet<string> wanted)
    {
        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (wanted.Count == 0)
            return found;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_utf8, 0, _length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 });
        var path = new List<string>();
        var containers = new List<(bool IsArray, int NextIndex, bool Pushed)>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (containers[containers.Count - 1].Pushed)
                            path.RemoveAt(path.Count - 1);
                        containers.RemoveAt(containers.Count - 1);
                        continue;
                }

                string? segment = null;
                if (containers.Count > 0)
                {
                    var top = containers[containers.Count - 1];
                    if (top.IsArray)
                    {
                        segment = top.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        containers[containers.Count - 1] = (true, top.NextIndex + 1, top.Pushed);
                    }
                    else
                    {
                        segment = pendingName ?? "";
                    }
                }
                if (segment is not null)
                    path.Add(segment);
                var key = Key(path);
                if (wanted.Contains(key) && !found.ContainsKey(key))
                {
                    var start = (int)reader.TokenStartIndex;
                    var length = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.ValueSpan.Length + 2,
                        JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                        _ => reader.ValueSpan.Length,
                    };
                    found[key] = (start, Math.Max(1, length));
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Add((reader.TokenType == JsonTokenType.StartArray, 0, segment is not null));
                }
                else if (segment is not null)
                {
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Only well-formed documents are located; a malformed tail leaves the rest unlocated.
        }
        return found;
    }

    /// <summary>Converts a byte span to a location with character offsets and zero-based line and column.</summary>
    public SchemaLocation ToLocation(int byteStart, int byteLength)
    {
        byteStart = Math.Max(0, Math.Min(byteStart, _length));
        byteLength = Math.Max(0, Math.Min(byteLength, _length - byteStart));
        var (startLine, startColumn, startChar) = Position(byteStart);
        var (endLine, endColumn, endChar) = Position(byteStart + byteLength);
        return new SchemaLocation(_filePath, startChar, Math.Max(0, endChar - startChar), startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The location of a zero-based line and byte position in that line (as <see cref="JsonException"/> reports).</summary>
    public SchemaLocation FromLineAndBytePosition(long line, long bytePositionInLine)
    {
        var starts = LineStarts();
        var lineIndex = (int)Math.Max(0, Math.Min(line, starts.Length - 1));
        var byteOffset = (int)Math.Min(_length, starts[lineIndex] + Math.Max(0, bytePositionInLine));
        return ToLocation(byteOffset, byteOffset < _length ? 1 : 0);
    }

    private (int Line, int Column, int CharOffset) Position(int byteOffset)
    {
        var starts = LineStarts();
        var line = Array.BinarySearch(starts, byteOffset);
        if (line < 0)
            line = ~line - 1;
        var lineStart = starts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, lineStart, byteOffset - lineStart);
        var charOffset = Encoding.UTF8.GetCharCount(_utf8, 0, byteOffset);
        return (line, column, charOffset);
    }

    private int[] LineStarts()
    {
        if (_lineStarts is not null)
            return _lineStarts;
        var starts = new List<int> { 0 };
        for (var i = 0; i < _length; i++)
        {
            if (_utf8[i] == (byte)'\n')
                starts.Add(i + 1);
        }
        return _lineStarts = starts.ToArray();
    }
}
