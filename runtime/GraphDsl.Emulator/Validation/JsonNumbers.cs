using System.Globalization;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>JSON numbers as python's <c>json.loads</c> reads them: a number with a fraction or exponent is a float, any other an int.</summary>
internal static class JsonNumbers
{
    /// <summary>Whether the JSON number text is an int for python (no <c>.</c>, <c>e</c> or <c>E</c>).</summary>
    public static bool IsIntegerText(string text) => text.IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>The number's value as a double.</summary>
    public static double ToDouble(JsonNode number) =>
        double.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
