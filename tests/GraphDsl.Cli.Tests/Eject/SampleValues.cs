using System.Text.Json;
using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>A value of each parameter type the ejected code asks for, and its JSON, to give a required parameter and expect it in the node.</summary>
internal static class SampleValues
{
    /// <summary>A value of <paramref name="type"/> (a type of the ejected code's bindings, or a primitive) and the same value as JSON.</summary>
    public static (object Value, JsonElement Json) For(Type type, GenerationModel model)
    {
        if (type == typeof(long))
            return (7L, Parse("7"));
        if (type == typeof(double))
            return (0.5, Parse("0.5"));
        if (type == typeof(string))
            return ("sample", Parse("\"sample\""));
        if (type == typeof(bool))
            return (true, Parse("true"));
        if (type == typeof(JsonElement))
            return (Parse("\"sample\""), Parse("\"sample\""));
        if (type.IsArray)
            return (Array.CreateInstance(type.GetElementType()!, 0), Parse("[]"));
        if (type.IsEnum)
        {
            var spec = model.Enums.Single(e => e.Name == type.Name);
            var member = spec.Members[0];
            return (Enum.Parse(type, member.Name), Parse(spec.IsInteger ? member.Wire : JsonSerializer.Serialize(member.Wire)));
        }
        var obj = model.Objects.SingleOrDefault(o => o.ClassName == type.Name)
            ?? throw new NotSupportedException($"No sample value for {type}.");
        var json = Parse(ObjectJson(obj, model));
        var read = type.GetMethod("ReadFrom", [typeof(JsonElement)]) ?? throw new NotSupportedException($"{type} has no ReadFrom.");
        return (read.Invoke(null, [json])!, json);
    }

    // Every required member, with a sample of its type.
    private static string ObjectJson(ObjectSpec spec, GenerationModel model)
    {
        var members = spec.Fields.Where(f => f.IsRequired && f.Type.Shape != FieldShape.Any)
            .Select(f => $"{JsonSerializer.Serialize(f.WireName)}:{Member(f.Type, model)}");
        return "{" + string.Join(",", members) + "}";
    }

    private static string Member(FieldType type, GenerationModel model) => type.Shape switch
    {
        FieldShape.List or FieldShape.OptionalList => "[]",
        _ => type.Item!.Kind switch
        {
            ItemKind.Integer => "7",
            ItemKind.Float => "0.5",
            ItemKind.String => "\"sample\"",
            ItemKind.Boolean => "true",
            ItemKind.Enum => model.Enums.Single(e => e.Name == type.Item.Name) is var e && e.IsInteger ? e.Members[0].Wire : JsonSerializer.Serialize(e.Members[0].Wire),
            _ => ObjectJson(model.Objects.Single(o => o.ClassName == type.Item.Name), model),
        },
    };

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
