using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>One entry of FastAPI's 422 <c>detail</c> list: a pydantic error as FastAPI encodes it.</summary>
/// <param name="Type">pydantic's error type: <c>missing</c>, <c>int_parsing</c>, <c>union_tag_invalid</c>, <c>value_error</c>, …</param>
/// <param name="Loc">Where: strings (field names, union tags) and integers (list indexes), starting with <c>body</c>.</param>
/// <param name="Msg">pydantic's message, e.g. <c>Field required</c> or <c>Value error, Graph contains cycles</c>.</param>
/// <param name="Input">The value that failed (for <c>missing</c>, the object that lacks the field).</param>
/// <param name="Ctx">The error context (<c>{"ge": 1}</c>, <c>{"error": {}}</c>, …), when pydantic gives one.</param>
public sealed record FastApiError(string Type, IReadOnlyList<object> Loc, string Msg, JsonNode? Input = null, JsonObject? Ctx = null)
{
    /// <summary>A <c>missing</c> error ("Field required", input <c>null</c>) at <c>[source, name]</c>.</summary>
    /// <param name="source"><c>query</c>, <c>path</c>, <c>body</c>, …</param>
    /// <param name="name">The parameter or field name.</param>
    public static FastApiError Missing(string source, string name) => new("missing", [source, name], "Field required");

    /// <summary>The entry as FastAPI writes it: <c>{"type","loc","msg","input","ctx"?}</c>.</summary>
    public JsonObject ToJson()
    {
        var loc = new JsonArray();
        foreach (var part in Loc)
        {
            loc.Add(part is int index ? JsonValue.Create(index) : JsonValue.Create(part.ToString()));
        }

        var json = new JsonObject
        {
            ["type"] = Type,
            ["loc"] = loc,
            ["msg"] = Msg,
            ["input"] = Input?.DeepClone(),
        };
        if (Ctx is not null)
        {
            json["ctx"] = Ctx.DeepClone();
        }

        return json;
    }

    /// <summary>FastAPI's whole 422 body for <paramref name="errors"/>: <c>{"detail": [...]}</c>.</summary>
    /// <param name="errors">The errors, in pydantic's order.</param>
    public static JsonObject ToResponseBody(IEnumerable<FastApiError> errors)
    {
        var detail = new JsonArray();
        foreach (var error in errors)
        {
            detail.Add(error.ToJson());
        }

        return new JsonObject { ["detail"] = detail };
    }
}
