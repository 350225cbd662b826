using System.Text.Json;

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
    internal static InvokeModel Read(JsonElement config)
    {
        static string Str(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return new InvokeModel(Str(config, "key"), Str(config, "hash"), Str(config, "name"), Str(config, "base"), Str(config, "type"), config.Clone());
    }
}
