using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl.Cli.Schemas;

/// <summary>A schema object's value (<c>ImageField</c>, <c>ModelIdentifierField</c>, …) kept as JSON: any JSON object.</summary>
internal sealed class ObjectValueCodec : WireCodec<JsonElement>
{
    /// <summary>The one instance.</summary>
    public static ObjectValueCodec Instance { get; } = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <inheritdoc />
    public override JsonElement Read(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.Clone() : throw Mismatch(element, "an object");
}
