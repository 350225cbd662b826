using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Validation;

/// <summary>A value as pydantic holds it after parsing, dumped twice: <see cref="Full"/> as <c>model_dump()</c>
/// writes it (model fields that are <c>None</c> written as <c>null</c>), and <see cref="Lean"/> as
/// <c>model_dump(exclude_none=True)</c> writes it (those fields left out; <see langword="null"/> when the value itself is <c>None</c>).</summary>
internal readonly record struct ParsedValue(JsonNode? Full, JsonNode? Lean)
{
    public static ParsedValue Of(JsonNode? node) => new(node?.DeepClone(), node?.DeepClone());
}

/// <summary>
/// Parses JSON values against the JSON schema of a pydantic field the way pydantic v2 validates the python objects
/// <c>json.loads</c> gives (lax mode): the same coercions (<c>"7"</c> → 7 for an int, 7 → 7.0 for a float, numbers into
/// strings on invocations, <c>"yes"</c> → true), and the same error types, messages, <c>loc</c>s and <c>ctx</c> on failure.
/// Models (component schemas) keep their declared fields in declaration order with defaults filled in and drop unknown ones.
/// </summary>
internal sealed class SchemaValueParser
{
    private const string RefPrefix = "#/components/schemas/";
    private static readonly string[] TrueStrings = ["1", "on", "t", "true", "y", "yes"];
    private static readonly string[] FalseStrings = ["0", "off", "f", "false", "n", "no"];

    private readonly JsonElement _components;

    public SchemaValueParser(JsonElement components) => _components = components;

    /// <summary>The component schema <paramref name="name"/>.</summary>
    public JsonElement Component(string name) => _components.GetProperty(name);

    /// <summary>Parses <paramref name="value"/> as the field <paramref name="schema"/>; <see langword="null"/> (with errors added) when it fails.</summary>
    /// <remarks><paramref name="coerceNumbersToStr"/>: the owning model sets <c>coerce_numbers_to_str</c> (invocations do).</remarks>
    public ParsedValue? Parse(JsonElement schema, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors, bool coerceNumbersToStr)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return ParsedValue.Of(value); // true: Any
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return ParseReference(reference.GetString()!, value, loc, errors);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) || schema.TryGetProperty("oneOf", out anyOf))
        {
            return ParseUnion(anyOf.EnumerateArray().ToList(), value, loc, errors, coerceNumbersToStr);
        }

        if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
        {
            return Parse(allOf[0], value, loc, errors, coerceNumbersToStr);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return ParseLiteral(values.EnumerateArray().ToList(), value, loc, errors);
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return ParseLiteral([constant], value, loc, errors);
        }

        if (!schema.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return ParsedValue.Of(value);
        }

        return type.GetString() switch
        {
            "integer" => ParseInt(schema, value, loc, errors),
            "number" => ParseFloat(schema, value, loc, errors),
            "string" => ParseString(schema, value, loc, errors, coerceNumbersToStr),
            "boolean" => ParseBool(value, loc, errors),
            "array" => ParseList(schema, value, loc, errors, coerceNumbersToStr),
            "object" => ParseDict(value, loc, errors),
            "null" => value is null ? new ParsedValue(null, null) : Fail(errors, "none_required", loc, "Input should be None", value),
            _ => ParsedValue.Of(value),
        };
    }

    /// <summary>Parses <paramref name="value"/> as the model <paramref name="className"/> (a component schema with properties).</summary>
    /// <remarks><paramref name="defaultFactories"/>: fields whose default pydantic makes with a factory (absent from the schema), and what it makes.</remarks>
    public ParsedValue? ParseModel(string className, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors,
        bool coerceNumbersToStr, IReadOnlyDictionary<string, Func<JsonNode>>? defaultFactories = null)
    {
        if (value is not JsonObject input)
        {
            return Fail(errors, "model_type", loc, $"Input should be a valid dictionary or instance of {className}", value,
                new JsonObject { ["class_name"] = className });
        }

        var schema = Component(className);
        var required = schema.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var full = new JsonObject();
        var lean = new JsonObject();
        var ok = true;
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var name = property.Name;
            if (input.TryGetPropertyValue(name, out var given))
            {
                var parsed = Parse(property.Value, given, Append(loc, name), errors, coerceNumbersToStr);
                if (parsed is not { } p)
                {
                    ok = false;
                    continue;
                }

                Set(full, lean, name, p);
            }
            else if (defaultFactories?.TryGetValue(name, out var factory) == true)
            {
                Set(full, lean, name, ParsedValue.Of(factory()));
            }
            else if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("default", out var fallback))
            {
                Set(full, lean, name, ParsedValue.Of(JsonNode.Parse(fallback.GetRawText())));
            }
            else if (required.Contains(name))
            {
                ok = false;
                errors.Add(new FastApiError("missing", Append(loc, name), "Field required", input.DeepClone(), null));
            }
        }

        return ok ? new ParsedValue(full, lean) : null;
    }

    private static void Set(JsonObject full, JsonObject lean, string name, ParsedValue value)
    {
        full[name] = value.Full;
        if (value.Lean is not null)
        {
            lean[name] = value.Lean;
        }
    }

    private ParsedValue? ParseReference(string reference, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        var name = reference[RefPrefix.Length..];
        var target = Component(name);
        if (target.TryGetProperty("enum", out var values))
        {
            return ParseLiteral(values.EnumerateArray().ToList(), value, loc, errors);
        }

        return target.TryGetProperty("properties", out _)
            ? ParseModel(name, value, loc, errors, coerceNumbersToStr: false)
            : Parse(target, value, loc, errors, coerceNumbersToStr: false);
    }

    /// <summary>pydantic's nullable wrapper (<c>X|None</c>) or smart-mode union: an exact type match first, then
    /// the first member that parses; otherwise every member's errors, each under its tag.</summary>
    private ParsedValue? ParseUnion(List<JsonElement> members, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors, bool coerce)
    {
        var nonNull = members.Where(m => !IsNullSchema(m)).ToList();
        if (value is null && nonNull.Count < members.Count)
        {
            return new ParsedValue(null, null);
        }

        if (nonNull.Any(IsAnySchema))
        {
            return ParsedValue.Of(value);
        }

        if (nonNull.Count == 1)
        {
            return Parse(nonNull[0], value, loc, errors, coerce);
        }

        foreach (var member in nonNull.Where(m => IsExactMatch(m, value)))
        {
            var scratch = new List<FastApiError>();
            if (Parse(member, value, loc, scratch, coerce) is { } exact)
            {
                return exact;
            }
        }

        var failures = new List<FastApiError>();
        foreach (var member in nonNull)
        {
            var parsed = Parse(member, value, Append(loc, Tag(member)), failures, coerce);
            if (parsed is not null)
            {
                return parsed;
            }
        }

        errors.AddRange(failures);
        return null;
    }

    private static ParsedValue? ParseLiteral(List<JsonElement> values, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        foreach (var candidate in values)
        {
            if (LiteralEquals(candidate, value))
            {
                return ParsedValue.Of(JsonNode.Parse(candidate.GetRawText()));
            }
        }

        var expected = PythonText.ExpectedList(values);
        return Fail(errors, "literal_error", loc, $"Input should be {expected}", value, new JsonObject { ["expected"] = expected });
    }

    private static bool LiteralEquals(JsonElement candidate, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        return candidate.ValueKind switch
        {
            JsonValueKind.String => kind == JsonValueKind.String && value!.GetValue<string>() == candidate.GetString(),
            JsonValueKind.Number => kind == JsonValueKind.Number && JsonNumbers.ToDouble(value!) == candidate.GetDouble(),
            JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => kind == candidate.ValueKind,
            _ => false,
        };
    }

    private static ParsedValue? ParseInt(JsonElement schema, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        JsonNode result;
        double number;
        switch (value?.GetValueKind())
        {
            case JsonValueKind.Number:
                var text = value.ToJsonString();
                number = JsonNumbers.ToDouble(value);
                if (JsonNumbers.IsIntegerText(text))
                {
                    result = JsonNode.Parse(text)!;
                }
                else if (double.IsFinite(number) && number == Math.Floor(number))
                {
                    if (Math.Abs(number) >= 9.2e18)
                    {
                        return Fail(errors, "int_parsing_size", loc, "Unable to parse input string as an integer, exceeded maximum size", value);
                    }

                    result = JsonValue.Create((long)number);
                }
                else
                {
                    return Fail(errors, "int_from_float", loc, "Input should be a valid integer, got a number with a fractional part", value);
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                number = value.GetValueKind() == JsonValueKind.True ? 1 : 0;
                result = JsonValue.Create((long)number);
                break;
            case JsonValueKind.String:
                if (!long.TryParse(value.GetValue<string>().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return Fail(errors, "int_parsing", loc, "Input should be a valid integer, unable to parse string as an integer", value);
                }

                number = parsed;
                result = JsonValue.Create(parsed);
                break;
            default:
                return Fail(errors, "int_type", loc, "Input should be a valid integer", value);
        }

        return CheckBounds(schema, number, isFloat: false, value, loc, errors) ? ParsedValue.Of(result) : null;
    }

    private static ParsedValue? ParseFloat(JsonElement schema, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        double number;
        switch (value?.GetValueKind())
        {
            case JsonValueKind.Number:
                number = JsonNumbers.ToDouble(value);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                number = value.GetValueKind() == JsonValueKind.True ? 1 : 0;
                break;
            case JsonValueKind.String:
                if (!double.TryParse(value.GetValue<string>().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    return Fail(errors, "float_parsing", loc, "Input should be a valid number, unable to parse string as a number", value);
                }

                break;
            default:
                return Fail(errors, "float_type", loc, "Input should be a valid number", value);
        }

        return CheckBounds(schema, number, isFloat: true, value, loc, errors) ? ParsedValue.Of(PythonText.FloatNode(number)) : null;
    }

    /// <summary>pydantic's numeric constraints, in its order: multiple_of, le, lt, ge, gt.</summary>
    private static bool CheckBounds(JsonElement schema, double number, bool isFloat, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        if (Bound(schema, "multipleOf") is { } step && step != 0)
        {
            var quotient = number / step;
            if (Math.Abs(quotient - Math.Round(quotient)) > 1e-9)
            {
                return Fail(errors, "multiple_of", loc, $"Input should be a multiple of {PythonText.Display(step)}", value,
                    new JsonObject { ["multiple_of"] = PythonText.CtxNumber(step, isFloat) }) is not null;
            }
        }

        (string Keyword, string Type, string Text, string Ctx, Func<double, double, bool> Holds)[] rules =
        [
            ("maximum", "less_than_equal", "less than or equal to", "le", (v, b) => v <= b),
            ("exclusiveMaximum", "less_than", "less than", "lt", (v, b) => v < b),
            ("minimum", "greater_than_equal", "greater than or equal to", "ge", (v, b) => v >= b),
            ("exclusiveMinimum", "greater_than", "greater than", "gt", (v, b) => v > b),
        ];
        foreach (var rule in rules)
        {
            if (Bound(schema, rule.Keyword) is { } bound && !rule.Holds(number, bound))
            {
                return Fail(errors, rule.Type, loc, $"Input should be {rule.Text} {PythonText.Display(bound)}", value,
                    new JsonObject { [rule.Ctx] = PythonText.CtxNumber(bound, isFloat) }) is not null;
            }
        }

        return true;
    }

    private static double? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var bound) && bound.ValueKind == JsonValueKind.Number ? bound.GetDouble() : null;

    private static ParsedValue? ParseString(JsonElement schema, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors, bool coerce)
    {
        string text;
        switch (value?.GetValueKind())
        {
            case JsonValueKind.String:
                text = value.GetValue<string>();
                break;
            case JsonValueKind.Number when coerce:
                var raw = value.ToJsonString();
                text = JsonNumbers.IsIntegerText(raw) ? raw : PythonText.FloatRepr(JsonNumbers.ToDouble(value));
                break;
            default:
                return Fail(errors, "string_type", loc, "Input should be a valid string", value);
        }

        var length = text.EnumerateRunes().Count();
        if (Bound(schema, "minLength") is { } min && length < min)
        {
            var n = (long)min;
            return Fail(errors, "string_too_short", loc, $"String should have at least {n} character{(n == 1 ? "" : "s")}", value,
                new JsonObject { ["min_length"] = n });
        }

        if (Bound(schema, "maxLength") is { } max && length > max)
        {
            var n = (long)max;
            return Fail(errors, "string_too_long", loc, $"String should have at most {n} character{(n == 1 ? "" : "s")}", value,
                new JsonObject { ["max_length"] = n });
        }

        return ParsedValue.Of(JsonValue.Create(text));
    }

    private static ParsedValue? ParseBool(JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors)
    {
        const string parsing = "Input should be a valid boolean, unable to interpret input";
        switch (value?.GetValueKind())
        {
            case JsonValueKind.True:
                return ParsedValue.Of(JsonValue.Create(true));
            case JsonValueKind.False:
                return ParsedValue.Of(JsonValue.Create(false));
            case JsonValueKind.Number:
                var number = JsonNumbers.ToDouble(value);
                return number is 0 or 1
                    ? ParsedValue.Of(JsonValue.Create(number == 1))
                    : Fail(errors, "bool_parsing", loc, parsing, value);
            case JsonValueKind.String:
                var text = value.GetValue<string>().ToLowerInvariant();
                if (TrueStrings.Contains(text))
                {
                    return ParsedValue.Of(JsonValue.Create(true));
                }

                return FalseStrings.Contains(text)
                    ? ParsedValue.Of(JsonValue.Create(false))
                    : Fail(errors, "bool_parsing", loc, parsing, value);
            default:
                return Fail(errors, "bool_type", loc, "Input should be a valid boolean", value);
        }
    }

    private ParsedValue? ParseList(JsonElement schema, JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors, bool coerce)
    {
        if (value is not JsonArray items)
        {
            return Fail(errors, "list_type", loc, "Input should be a valid list", value);
        }

        var itemSchema = schema.TryGetProperty("items", out var i) ? i : default;
        var full = new JsonArray();
        var lean = new JsonArray();
        var ok = true;
        for (var index = 0; index < items.Count; index++)
        {
            var parsed = itemSchema.ValueKind == JsonValueKind.Undefined
                ? ParsedValue.Of(items[index])
                : Parse(itemSchema, items[index], Append(loc, index), errors, coerce);
            if (parsed is not { } p)
            {
                ok = false;
                continue;
            }

            full.Add(p.Full);
            lean.Add(p.Lean ?? (p.Full is null ? null : p.Full.DeepClone()));
        }

        if (!ok)
        {
            return null;
        }

        if (Bound(schema, "minItems") is { } min && items.Count < min)
        {
            return TooMany(errors, "too_short", "at least", (long)min, "min_length", items, loc);
        }

        if (Bound(schema, "maxItems") is { } max && items.Count > max)
        {
            return TooMany(errors, "too_long", "at most", (long)max, "max_length", items, loc);
        }

        return new ParsedValue(full, lean);
    }

    private static ParsedValue? TooMany(List<FastApiError> errors, string type, string relation, long bound, string key, JsonArray items, IReadOnlyList<object> loc) =>
        Fail(errors, type, loc, $"List should have {relation} {bound} item{(bound == 1 ? "" : "s")} after validation, not {items.Count}", items,
            new JsonObject { ["field_type"] = "List", [key] = bound, ["actual_length"] = items.Count });

    private static ParsedValue? ParseDict(JsonNode? value, IReadOnlyList<object> loc, List<FastApiError> errors) =>
        value is JsonObject ? ParsedValue.Of(value) : Fail(errors, "dict_type", loc, "Input should be a valid dictionary", value);

    private static bool IsNullSchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static bool IsAnySchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.True
        || (schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any(p => p.Name is "type" or "$ref" or "anyOf" or "oneOf" or "allOf" or "enum" or "const"));

    /// <summary>Whether <paramref name="value"/>'s JSON type is exactly the member's type (pydantic's strict pass of a smart union).</summary>
    private bool IsExactMatch(JsonElement member, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        if (member.TryGetProperty("$ref", out var reference))
        {
            var target = Component(reference.GetString()![RefPrefix.Length..]);
            return target.TryGetProperty("enum", out _) ? kind == JsonValueKind.String : kind == JsonValueKind.Object;
        }

        if (member.TryGetProperty("enum", out _) || member.TryGetProperty("const", out _))
        {
            return false;
        }

        if (!member.TryGetProperty("type", out var type))
        {
            return false;
        }

        return type.GetString() switch
        {
            "integer" => kind == JsonValueKind.Number && JsonNumbers.IsIntegerText(value!.ToJsonString()),
            "number" => kind == JsonValueKind.Number && !JsonNumbers.IsIntegerText(value!.ToJsonString()),
            "string" => kind == JsonValueKind.String,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "array" => kind == JsonValueKind.Array,
            "object" => kind == JsonValueKind.Object,
            _ => false,
        };
    }

    /// <summary>pydantic's name of a union member in error locations: <c>int</c>, <c>list[ImageField]</c>, <c>literal['a','b']</c>, …</summary>
    private static string Tag(JsonElement schema)
    {
        if (IsAnySchema(schema))
        {
            return "any";
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()![RefPrefix.Length..];
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) || schema.TryGetProperty("oneOf", out anyOf))
        {
            var members = anyOf.EnumerateArray().ToList();
            var nonNull = members.Where(m => !IsNullSchema(m)).ToList();
            var inner = nonNull.Count == 1 ? Tag(nonNull[0]) : "union[" + string.Join(",", nonNull.Select(Tag)) + "]";
            return nonNull.Count < members.Count ? $"nullable[{inner}]" : inner;
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return "literal[" + string.Join(",", values.EnumerateArray().Select(PythonText.LiteralRepr)) + "]";
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return "literal[" + PythonText.LiteralRepr(constant) + "]";
        }

        return schema.GetProperty("type").GetString() switch
        {
            "integer" => "int",
            "number" => "float",
            "string" => "str",
            "boolean" => "bool",
            "null" => "none",
            "array" => "list[" + (schema.TryGetProperty("items", out var items) ? Tag(items) : "any") + "]",
            "object" => "dict[str," + (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object ? Tag(additional) : "any") + "]",
            var other => other ?? "any",
        };
    }

    internal static IReadOnlyList<object> Append(IReadOnlyList<object> loc, object part)
    {
        var next = new object[loc.Count + 1];
        for (var i = 0; i < loc.Count; i++)
        {
            next[i] = loc[i];
        }

        next[^1] = part;
        return next;
    }

    private static ParsedValue? Fail(List<FastApiError> errors, string type, IReadOnlyList<object> loc, string msg, JsonNode? input, JsonObject? ctx = null)
    {
        errors.Add(new FastApiError(type, loc, msg, input?.DeepClone(), ctx));
        return null;
    }
}
