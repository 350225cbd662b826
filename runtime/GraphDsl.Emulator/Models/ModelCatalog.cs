using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Models;

/// <summary>
/// The installed models the emulator reports: each <see cref="EmulatorModel"/> as a config of the schema's own config
/// type for its type, base and format (<c>Main_Diffusers_SDXL_Config</c>, …), with a stable key derived from its name.
/// </summary>
public sealed class ModelCatalog
{
    private readonly List<JsonObject> _configs = [];

    /// <summary>The configs of <paramref name="models"/> in <paramref name="schema"/>.</summary>
    /// <exception cref="InvalidDataException">The schema has no config type for one of the models.</exception>
    public ModelCatalog(InvokeSchema schema, IEnumerable<EmulatorModel> models)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(models);
        var sample = new SchemaSample(schema.Components);
        var configTypes = ConfigTypes(schema.Components).ToList();
        foreach (var model in models)
        {
            var typeName = configTypes.FirstOrDefault(c => Const(schema.Components, c, "type") == model.Type && Const(schema.Components, c, "base") == model.Base && Const(schema.Components, c, "format") == model.Format)
                ?? throw new InvalidDataException($"The schema has no model config for type '{model.Type}', base '{model.Base}', format '{model.Format}' (model '{model.Name}').");
            var config = sample.OfComponent(typeName);
            var key = StableGuid(model.Name).ToString();
            config["key"] = key;
            config["hash"] = "blake3:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model.Name)));
            config["name"] = model.Name;
            config["path"] = $"{model.Base}/{model.Type}/{model.Name}";
            config["source"] = $"{model.Base}/{model.Type}/{model.Name}";
            config["file_size"] = 0;
            config["description"] = $"{model.Name} (emulated)";
            _configs.Add(config);
        }
    }

    /// <summary>The configs matching the filters of <c>GET /api/v2/models/</c>; <see langword="null"/> filters match all.</summary>
    public JsonArray Find(IReadOnlyCollection<string>? bases, string? type, string? name, string? format) =>
        new(_configs
            .Where(c => (bases is null || bases.Count == 0 || bases.Contains((string)c["base"]!))
                && (type is null || (string?)c["type"] == type)
                && (name is null || (string?)c["name"] == name)
                && (format is null || (string?)c["format"] == format))
            .Select(c => (JsonNode?)c.DeepClone())
            .ToArray());

    private static IEnumerable<string> ConfigTypes(JsonElement components) =>
        components.GetProperty("ModelsList").GetProperty("properties").GetProperty("models").GetProperty("items").GetProperty("oneOf")
            .EnumerateArray().Select(r => r.GetProperty("$ref").GetString()!["#/components/schemas/".Length..]);

    private static string? Const(JsonElement components, string typeName, string property) =>
        components.GetProperty(typeName).TryGetProperty("properties", out var properties)
        && properties.TryGetProperty(property, out var field) && field.TryGetProperty("const", out var constant)
            ? constant.GetString()
            : null;

    private static Guid StableGuid(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes("graphdsl-emulator:" + name)));
}
