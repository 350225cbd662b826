using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// A model installed on the server (one <c>AnyModelConfig</c> of <c>GET /api/v2/models/</c>). Its
/// <see cref="Key"/>, <see cref="Hash"/>, <see cref="Name"/>, <see cref="Base"/> and <see cref="Type"/> fill the
/// generated <c>ModelIdentifierField</c>.
/// </summary>
/// <param name="Key">The model's key.</param>
/// <param name="Hash">Its hash.</param>
/// <param name="Name">Its name.</param>
/// <param name="Base">Its base (<c>sd-1</c>, <c>sdxl</c>, <c>flux</c>, …).</param>
/// <param name="Type">Its type (<c>main</c>, <c>vae</c>, <c>lora</c>, …).</param>
/// <param name="Json">The whole config.</param>
public sealed record InvokeModel(string Key, string Hash, string Name, string Base, string Type, JsonElement Json)
{
    /// <summary>
    /// The generated identifier type a loader node takes, e.g. <c>model.ToIdentifier&lt;ModelIdentifierField&gt;()</c>:
    /// read from the config's <c>key</c>, <c>hash</c>, <c>name</c>, <c>base</c> and <c>type</c>.
    /// </summary>
    /// <typeparam name="TIdentifier">The generated <c>ModelIdentifierField</c> of the schema in use.</typeparam>
    public TIdentifier ToIdentifier<TIdentifier>() where TIdentifier : IWireObject<TIdentifier>
    {
        var identifier = new JsonObject { ["key"] = Key, ["hash"] = Hash, ["name"] = Name, ["base"] = Base, ["type"] = Type };
        using var document = JsonDocument.Parse(identifier.ToJsonString());
        return TIdentifier.ReadFrom(document.RootElement);
    }

    internal static InvokeModel Read(JsonElement config)
    {
        static string Str(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return new InvokeModel(Str(config, "key"), Str(config, "hash"), Str(config, "name"), Str(config, "base"), Str(config, "type"), config.Clone());
    }
}
