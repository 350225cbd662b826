namespace GraphDsl.Generator.Model;

/// <summary>The C# spelling of item types, fully qualified.</summary>
public static class CSharpTypeNames
{
    public const string Runtime = "global::GraphDsl.";

    public static string Item(ItemType item, string ns) => item.Kind switch
    {
        ItemKind.Integer => "long",
        ItemKind.Float => "double",
        ItemKind.String => "string",
        ItemKind.Boolean => "bool",
        _ => $"global::{ns}.{item.Name}",
    };

    public static bool IsValueType(ItemType item) => item.Kind is not (ItemKind.String or ItemKind.Object);
}
