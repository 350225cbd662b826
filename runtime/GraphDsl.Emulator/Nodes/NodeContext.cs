using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Nodes;

/// <summary>A prepared node being run, with what implementations need: inputs, schema, image store, progress.</summary>
internal sealed class NodeContext
{
    public required JsonObject Node { get; init; }

    public required string PreparedId { get; init; }

    public required InvokeSchema Schema { get; init; }

    public required IImageStore Images { get; init; }

    public required SessionRunContext Run { get; init; }

    public required NodeRunState State { get; init; }

    public int ProgressSteps { get; init; }

    public Func<CancellationToken, ValueTask>? BetweenProgressSteps { get; init; }

    /// <summary>Reports progress: message, percentage, preview.</summary>
    public required Func<string, double?, ProgressImage?, CancellationToken, ValueTask> Progress { get; init; }

    public string Type => (string?)Node["type"] ?? "";

    public NodeTemplate? Template => Schema.FindNode(Type);

    public bool IsIntermediate => Node["is_intermediate"] is { } value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>The input's value, or its schema default when absent.</summary>
    public JsonNode? Value(string name)
    {
        if (Node.TryGetPropertyValue(name, out var value))
            return value;
        var field = Template?.FindInput(name);
        return field?.Default is { } fallback ? JsonNode.Parse(fallback.GetRawText()) : null;
    }

    public bool Has(string name) => Value(name) is not null;

    public long Int(string name) => Value(name) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => long.TryParse(v.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : (long)ToDouble(v),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => 1,
        _ => 0,
    };

    public double Float(string name) => Value(name) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? ToDouble(v) : 0;

    private static double ToDouble(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public string? Str(string name) => Value(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        var other => other.ToJsonString(),
    };

    public bool Bool(string name) => Value(name) is { } v && v.GetValueKind() == JsonValueKind.True;

    /// <summary>An output object: <c>output_meta</c> when the schema has it, the fields, then <c>type</c>.</summary>
    public JsonObject Output(string outputType, params (string Name, JsonNode? Value)[] fields)
    {
        var output = new JsonObject();
        if (OutputHasMeta(outputType))
            output["output_meta"] = null;
        foreach (var (name, value) in fields)
            output[name] = value;
        output["type"] = outputType;
        return output;
    }

    /// <summary>Whether the output schema of <paramref name="outputType"/> lists <c>output_meta</c> (6.14 does, 6.3 did not).</summary>
    public bool OutputHasMeta(string outputType)
    {
        var name = Schema.FindOutput(outputType)?.SchemaName;
        return name is not null
            && Schema.Components.TryGetProperty(name, out var schema)
            && schema.TryGetProperty("required", out var required)
            && required.ValueKind == JsonValueKind.Array
            && required.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && r.GetString() == "output_meta");
    }

    /// <summary>A python-like <c>repr</c> of a number for messages.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
