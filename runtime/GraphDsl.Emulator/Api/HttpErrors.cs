using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using Microsoft.AspNetCore.Http;

using GraphDsl.Emulator.Validation;

namespace GraphDsl.Emulator.Api;

/// <summary>
/// FastAPI-shaped JSON responses: <c>{"detail": "..."}</c> for an <c>HTTPException</c>, <c>{"detail": [ValidationError…]}</c>
/// (the <c>HTTPValidationError</c> schema) for a 422, and plain JSON bodies written the way FastAPI writes them
/// (no escaping of non-ASCII or HTML characters).
/// </summary>
public static class HttpErrors
{
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An <c>HTTPException</c> answer: <paramref name="statusCode"/> with body <c>{"detail": detail}</c>.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="detail">The detail message.</param>
    public static IResult Detail(int statusCode, string detail) =>
        Json(new JsonObject { ["detail"] = detail }, statusCode);

    /// <summary>The answer for a failed <see cref="AuthResult"/> (401 or 403 with its detail).</summary>
    /// <param name="result">A result whose <see cref="AuthResult.User"/> is <see langword="null"/>.</param>
    public static IResult FromAuth(AuthResult result) =>
        Detail(result.StatusCode, result.Detail ?? "Not authenticated");

    /// <summary>A 422 <c>HTTPValidationError</c> listing <paramref name="errors"/>.</summary>
    /// <param name="errors">The validation errors, in FastAPI's order (path, query, header, cookie, body).</param>
    public static IResult Validation(IEnumerable<FastApiError> errors) =>
        Json(FastApiError.ToResponseBody(errors), StatusCodes.Status422UnprocessableEntity);

    /// <summary>A JSON body (<c>application/json</c>) with <paramref name="statusCode"/>.</summary>
    /// <param name="body">The body.</param>
    /// <param name="statusCode">The HTTP status, 200 by default.</param>
    public static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(WriteOptions), "application/json", statusCode: statusCode);
}

/// <summary>Query-string values parsed the way FastAPI/pydantic (lax mode) parses them, collecting <see cref="FastApiError"/>s.</summary>
internal static class FastApiQuery
{
    private static readonly string[] TrueWords = ["1", "on", "t", "true", "y", "yes"];
    private static readonly string[] FalseWords = ["0", "off", "f", "false", "n", "no"];

    /// <summary>A boolean parameter; <see langword="null"/> when absent (a <c>missing</c> error if <paramref name="required"/>) or invalid.</summary>
    public static bool? Bool(IQueryCollection query, string name, bool required, List<FastApiError> errors)
    {
        var raw = Single(query, name);
        if (raw is null)
        {
            if (required)
            {
                errors.Add(FastApiError.Missing("query", name));
            }

            return null;
        }

        var lower = raw.ToLowerInvariant();
        if (System.Array.IndexOf(TrueWords, lower) >= 0)
        {
            return true;
        }

        if (System.Array.IndexOf(FalseWords, lower) >= 0)
        {
            return false;
        }

        errors.Add(new FastApiError("bool_parsing", ["query", name], "Input should be a valid boolean, unable to interpret input", raw));
        return null;
    }

    /// <summary>An integer parameter; <see langword="null"/> when absent or invalid (an <c>int_parsing</c> error).</summary>
    public static int? Int(IQueryCollection query, string name, List<FastApiError> errors)
    {
        var raw = Single(query, name);
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new FastApiError("int_parsing", ["query", name], "Input should be a valid integer, unable to parse string as an integer", raw));
        return null;
    }

    /// <summary>An enum parameter; <see langword="null"/> when absent (a <c>missing</c> error if <paramref name="required"/>) or not one of <paramref name="allowed"/>.</summary>
    public static string? Enum(IQueryCollection query, string name, IReadOnlyList<string> allowed, bool required, List<FastApiError> errors)
    {
        var raw = Single(query, name);
        if (raw is null)
        {
            if (required)
            {
                errors.Add(FastApiError.Missing("query", name));
            }

            return null;
        }

        return CheckEnum(raw, ["query", name], allowed, errors);
    }

    /// <summary>A repeated enum parameter (<c>?x=a&amp;x=b</c>); <see langword="null"/> when absent.</summary>
    public static List<string>? EnumList(IQueryCollection query, string name, IReadOnlyList<string> allowed, List<FastApiError> errors)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        var result = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var checkedValue = CheckEnum(values[i] ?? "", ["query", name, i], allowed, errors);
            if (checkedValue is not null)
            {
                result.Add(checkedValue);
            }
        }

        return result;
    }

    /// <summary>A repeated string parameter; <see langword="null"/> when absent.</summary>
    public static List<string>? StringList(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? [.. values.Select(v => v ?? "")] : null;

    /// <summary>A string parameter (the last value when repeated, as Starlette does); <see langword="null"/> when absent.</summary>
    public static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[values.Count - 1] : null;

    private static string? CheckEnum(string raw, IReadOnlyList<object> location, IReadOnlyList<string> allowed, List<FastApiError> errors)
    {
        foreach (var option in allowed)
        {
            if (option == raw)
            {
                return option;
            }
        }

        var expected = ExpectedList(allowed);
        errors.Add(new FastApiError("enum", location, $"Input should be {expected}", raw, new JsonObject { ["expected"] = expected }));
        return null;
    }

    /// <summary>pydantic's list of choices: <c>'a', 'b' or 'c'</c>.</summary>
    private static string ExpectedList(IReadOnlyList<string> allowed)
    {
        var quoted = allowed.Select(a => $"'{a}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
    }
}
