using System.Text.Json;

namespace GraphDsl.Serialization;

internal sealed class IntegerCodec : WireCodec<long>
{
    public override void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    public override long Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) ? value : throw Mismatch(element, "an integer");
}

internal sealed class FloatCodec : WireCodec<double>
{
    public override void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    public override double Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number ? element.GetDouble() : throw Mismatch(element, "a number");
}

internal sealed class StringCodec : WireCodec<string>
{
    public override void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    public override string Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Mismatch(element, "a string");
}

internal sealed class BooleanCodec : WireCodec<bool>
{
    public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    public override bool Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Mismatch(element, "a boolean"),
    };
}

internal sealed class JsonElementCodec : WireCodec<JsonElement>
{
    public override void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    public override JsonElement Read(JsonElement element) => element.Clone();
}
