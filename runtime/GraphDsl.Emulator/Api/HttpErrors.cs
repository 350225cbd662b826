using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Auth;
using Microsoft.AspNetCore.Http;

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
    public static IResult Validation(IEnumerable<ValidationIssue> errors)
    {
        var list = new JsonArray();
        foreach (var error in errors)
        {
            list.Add(error.ToJson());
        }

        return Json(new JsonObject { ["detail"] = list }, StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A JSON body (<c>application/json</c>) with <paramref name="statusCode"/>.</summary>
    /// <param name="body">The body.</param>
    /// <param name="statusCode">The HTTP status, 200 by default.</param>
    public static IResult Json(JsonNode body, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(WriteOptions), "application/json", statusCode: statusCode);
}

/// <summary>One pydantic/FastAPI validation error (a <c>ValidationError</c> of the OpenAPI document).</summary>
/// <param name="Type">The pydantic error type: <c>missing</c>, <c>enum</c>, <c>bool_parsing</c>, <c>int_parsing</c>, …</param>
/// <param name="Location">The <c>loc</c>: e.g. <c>["query", "image_category"]</c>; items are strings or integers.</param>
/// <param name="Message">The <c>msg</c>.</param>
/// <param name="Input">The <c>input</c> (<see langword="null"/> writes JSON <c>null</c>).</param>
/// <param name="Context">The <c>ctx</c>, if any.</param>
public sealed record ValidationIssue(string Type, IReadOnlyList<object> Location, string Message, JsonNode? Input = null, JsonObject? Context = null)
{
    /// <summary>A <c>missing</c> error ("Field required", input <c>null</c>) at <c>[source, name]</c>.</summary>
    /// <param name="source"><c>query</c>, <c>path</c>, <c>body</c>, …</param>
    /// <param name="name">The parameter or field name.</param>
    public static ValidationIssue Missing(string source, string name) => new("missing", [source, name], "Field required");

    /// <summary>This error as JSON, keys in FastAPI's order (<c>type, loc, msg, input, ctx</c>).</summary>
    public JsonObject ToJson()
    {
        var loc = new JsonArray();
        foreach (var part in Location)
        {
            loc.Add(part is int index ? JsonValue.Create(index) : JsonValue.Create(part.ToString()));
        }

        var json = new JsonObject
        {
            ["type"] = Type,
            ["loc"] = loc,
            ["msg"] = Message,
            ["input"] = Input?.DeepClone(),
        };
        if (Context is not null)
        {
            json["ctx"] = Context.DeepClone();
        }

        return json;
    }
}

/// <summary>Query-string values parsed the way FastAPI/pydantic (lax mode) parses them, collecting <see cref="ValidationIssue"/>s.</summary>
internal static class FastApiQuery
{
    private static readonly string[] TrueWords = ["1", "on", "t", "true", "y", "yes"];
    private static readonly string[] FalseWords = ["0", "off", "f", "false", "n", "no"];

    /// <summary>A boolean parameter; <see langword="null"/> when absent (a <c>missing</c> error if <paramref name="required"/>) or invalid.</summary>
    public static bool? Bool(IQueryCollection query, string name, bool required, List<ValidationIssue> errors)
    {
        var raw = Single(query, name);
        if (raw is null)
        {
            if (required)
            {
                errors.Add(ValidationIssue.Missing("query", name));
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

        errors.Add(new ValidationIssue("bool_parsing", ["query", name], "Input should be a valid boolean, unable to interpret input", raw));
        return null;
    }

    /// <summary>An integer parameter; <see langword="null"/> when absent or invalid (an <c>int_parsing</c> error).</summary>
    public static int? Int(IQueryCollection query, string name, List<ValidationIssue> errors)
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

        errors.Add(new ValidationIssue("int_parsing", ["query", name], "Input should be a valid integer, unable to parse string as an integer", raw));
        return null;
    }

    /// <summary>An enum parameter; <see langword="null"/> when absent (a <c>missing</c> error if <paramref name="required"/>) or not one of <paramref name="allowed"/>.</summary>
    public static string? Enum(IQueryCollection query, string name, IReadOnlyList<string> allowed, bool required, List<ValidationIssue> errors)
    {
        var raw = Single(query, name);
        if (raw is null)
        {
            if (required)
            {
                errors.Add(ValidationIssue.Missing("query", name));
            }

            return null;
        }

        return CheckEnum(raw, ["query", name], allowed, errors);
    }

    /// <summary>A repeated enum parameter (<c>?x=a&amp;x=b</c>); <see langword="null"/> when absent.</summary>
    public static List<string>? EnumList(IQueryCollection query, string name, IReadOnlyList<string> allowed, List<ValidationIssue> errors)
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

    private static string? CheckEnum(string raw, IReadOnlyList<object> location, IReadOnlyList<string> allowed, List<ValidationIssue> errors)
    {
        foreach (var option in allowed)
        {
            if (option == raw)
            {
                return option;
            }
        }

        var expected = ExpectedList(allowed);
        errors.Add(new ValidationIssue("enum", location, $"Input should be {expected}", raw, new JsonObject { ["expected"] = expected }));
        return null;
    }

    /// <summary>pydantic's list of choices: <c>'a', 'b' or 'c'</c>.</summary>
    private static string ExpectedList(IReadOnlyList<string> allowed)
    {
        var quoted = allowed.Select(a => $"'{a}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
    }
}
