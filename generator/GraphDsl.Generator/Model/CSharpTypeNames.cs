namespace GraphDsl.Generator.Model;

/// <summary>The C# spelling of item types in generated code (which sits in the namespace of the generated types).</summary>
public static class CSharpTypeNames
{
    public const string Runtime = "global::GraphDsl.";

    public static string Item(ItemType item, string ns) => item.Kind switch
    {
        ItemKind.Integer => "long",
        ItemKind.Float => "double",
        ItemKind.String => "string",
        ItemKind.Boolean => "bool",
        // Generated code lives in the namespace of its types, so they need no qualification in type positions (where
        // only types, never members, are looked up) — except "Ports", which the nested Ports class of an output would hide.
        _ => item.Name == "Ports" ? $"global::{ns}.{item.Name}" : item.Name,
    };

    public static bool IsValueType(ItemType item) => item.Kind is not (ItemKind.String or ItemKind.Object);
}
