using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>How python and pydantic write values into messages and JSON: <c>repr</c> of strings and floats, the
/// <c>'a', 'b' or 'c'</c> lists of literal errors, and constraint numbers.</summary>
internal static class PythonText
{
    /// <summary>python's <c>repr(s)</c>: single quotes unless the text has a single quote and no double quote.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote)
                    {
                        builder.Append('\\').Append(c);
                    }
                    else if (c < ' ' || c == '\x7f')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    /// <summary>python's <c>repr(float)</c>: shortest round-trip digits, <c>.0</c> on whole numbers, exponent form outside 1e-4..1e16.</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        // Decompose the shortest round-trip form into digits and a decimal exponent.
        var negative = shortest.StartsWith('-');
        var body = negative ? shortest[1..] : shortest;
        var exponent = 0;
        var e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var point = body.IndexOf('.');
        var digits = point >= 0 ? body.Remove(point, 1) : body;
        var pointPosition = (point >= 0 ? point : body.Length) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..];
        pointPosition -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return (negative ? "-" : "") + "0.0";
        }

        var decimalExponent = pointPosition - 1; // value = d.ddd × 10^decimalExponent
        string result;
        if (decimalExponent >= -4 && decimalExponent < 16)
        {
            if (pointPosition <= 0)
            {
                result = "0." + new string('0', -pointPosition) + digits;
            }
            else if (pointPosition >= digits.Length)
            {
                result = digits + new string('0', pointPosition - digits.Length) + ".0";
            }
            else
            {
                result = digits[..pointPosition] + "." + digits[pointPosition..];
            }
        }
        else
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            result = mantissa + "e" + (decimalExponent < 0 ? "-" : "+") + Math.Abs(decimalExponent).ToString("00", CultureInfo.InvariantCulture);
        }

        return (negative ? "-" : "") + result;
    }

    /// <summary>A float as a JSON number the way python's <c>json.dumps</c> writes it (<c>7.0</c>, not <c>7</c>).</summary>
    public static JsonNode FloatNode(double value) => JsonNode.Parse(FloatRepr(value))!;

    /// <summary>A constraint number as pydantic prints it in a message (<c>10</c> for 10.0, <c>0.5</c>).</summary>
    public static string Display(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e16
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A constraint number for <c>ctx</c>: an int for int fields, a float (<c>0.0</c>) for float fields.</summary>
    public static JsonNode CtxNumber(double value, bool isFloat) =>
        isFloat ? FloatNode(value) : JsonValue.Create((long)value);

    /// <summary>pydantic's literal list: <c>'a'</c>, <c>'a' or 'b'</c>, <c>'a', 'b' or 'c'</c>.</summary>
    public static string ExpectedList(IReadOnlyList<JsonElement> values)
    {
        var parts = new List<string>();
        foreach (var value in values)
        {
            parts.Add(LiteralRepr(value));
        }

        return parts.Count == 1
            ? parts[0]
            : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " or " + parts[^1];
    }

    /// <summary>python's <c>repr</c> of a JSON literal value.</summary>
    public static string LiteralRepr(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Repr(value.GetString()!),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        _ => value.GetRawText(),
    };

    /// <summary>python's <c>str()</c> of a JSON value that was used as a union tag.</summary>
    public static string TagText(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "None",
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => JsonNumbers.IsIntegerText(value.ToJsonString()) ? value.ToJsonString() : FloatRepr(value.GetValue<double>()),
        _ => value.ToJsonString(),
    };
}
