using System.Net;
using System.Text.Json;

namespace GraphDsl.Client.Http;

/// <summary>Turns an unsuccessful HTTP answer into the client's typed exception.</summary>
internal static class ErrorResponses
{
    public static InvokeException ToException(HttpStatusCode status, string body, string what)
    {
        var detail = DetailText(body);
        return (int)status switch
        {
            401 or 403 => new InvokeAuthenticationException($"{what}: {(int)status} {detail ?? status.ToString()}", status, body),
            422 => new InvokeValidationException(ParseValidation(body), body),
            >= 500 => new InvokeServerException($"{what}: the server answered {(int)status} {detail}", status, body),
            _ => new InvokeException($"{what}: the server answered {(int)status} {detail}", status, body),
        };
    }

    /// <summary>The <c>detail</c> of a FastAPI error when it is a string.</summary>
    public static string? DetailText(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()
                : null;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    /// <summary>Parses FastAPI's <c>{"detail":[{"type","loc","msg"}]}</c>.</summary>
    public static IReadOnlyList<InvokeValidationError> ParseValidation(string body)
    {
        var errors = new List<InvokeValidationError>();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("detail", out var detail))
                return errors;
            if (detail.ValueKind == JsonValueKind.String)
            {
                errors.Add(new InvokeValidationError(null, null, detail.GetString() ?? "", null, []));
                return errors;
            }
            if (detail.ValueKind != JsonValueKind.Array)
                return errors;
            foreach (var entry in detail.EnumerateArray())
            {
                var loc = new List<string>();
                if (entry.TryGetProperty("loc", out var l) && l.ValueKind == JsonValueKind.Array)
                    loc.AddRange(l.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()));
                var msg = entry.TryGetProperty("msg", out var m) ? m.GetString() ?? "" : "";
                var type = entry.TryGetProperty("type", out var t) ? t.GetString() : null;
                var (node, field) = NodeAndField(loc);
                errors.Add(new InvokeValidationError(node, field, msg, type, loc));
            }
        }
        catch (JsonException)
        {
            // Not FastAPI's shape: the exception still carries the body.
        }
        return errors;
    }

    /// <summary><c>[…,"nodes",id,type,field,…]</c> → (id, field); <c>[…,"nodes",id]</c> → (id, null).</summary>
    private static (string? Node, string? Field) NodeAndField(List<string> loc)
    {
        var i = loc.IndexOf("nodes");
        if (i < 0 || i + 1 >= loc.Count)
            return (null, null);
        return (loc[i + 1], i + 3 < loc.Count ? loc[i + 3] : null);
    }
}
