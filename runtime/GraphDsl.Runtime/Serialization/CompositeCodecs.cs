using System.Text.Json;

namespace GraphDsl.Serialization;

internal sealed class ListCodec<T>(WireCodec<T> item) : WireCodec<IReadOnlyList<T>>
{
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
            item.Write(writer, value[i]);
        writer.WriteEndArray();
    }

    public override IReadOnlyList<T> Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw Mismatch(element, "an array");
        var result = new T[element.GetArrayLength()];
        var i = 0;
        foreach (var child in element.EnumerateArray())
            result[i++] = item.Read(child);
        return result;
    }
}

internal sealed class OneOrManyCodec<T>(WireCodec<T> item) : WireCodec<OneOrMany<T>>
{
    private readonly ListCodec<T> _list = new(item);

    public override void Write(Utf8JsonWriter writer, OneOrMany<T> value)
    {
        if (value.List is { } list)
            _list.Write(writer, list);
        else
            item.Write(writer, value.Single!);
    }

    public override OneOrMany<T> Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array
            ? OneOrMany<T>.Many(_list.Read(element))
            : OneOrMany<T>.One(item.Read(element));
}

internal sealed class ObjectCodec<T> : WireCodec<T>
    where T : IWireObject<T>
{
    public static readonly ObjectCodec<T> Instance = new();

    public override void Write(Utf8JsonWriter writer, T value) => value.WriteTo(writer);

    public override T Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? T.ReadFrom(element) : throw Mismatch(element, $"an object ({typeof(T).Name})");
}
