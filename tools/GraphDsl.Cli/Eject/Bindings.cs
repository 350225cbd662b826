using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.Eject;

/// <summary>
/// The generated bindings of one schema as the ejected code sees them: node classes by wire type, outputs, field types
/// and enums by name, and how each type is spelled so that it is never ambiguous with a <c>GraphDsl</c> type.
/// </summary>
internal sealed class Bindings
{
    private static readonly HashSet<string> RuntimeTypeNames = typeof(GraphBuilder).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "GraphDsl" && !t.IsNested)
        .Select(t => t.Name.Split('`')[0])
        .ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<string, NodeSpec> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutputSpec> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectSpec> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSpec> _enums = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal) { "NodeCatalog", "WireEnums" };

    /// <summary>Indexes <paramref name="model"/>.</summary>
    public Bindings(GenerationModel model)
    {
        Model = model;
        foreach (var node in model.Nodes)
        {
            _nodes.TryAdd(node.WireType, node); // the first of two with one wire type, as the generated catalog does
            _typeNames.Add(node.ClassName);
        }
        foreach (var output in model.Outputs)
        {
            _outputs[$"global::{model.Namespace}.{output.ClassName}"] = output;
            _typeNames.Add(output.ClassName);
        }
        foreach (var obj in model.Objects)
        {
            _objects[obj.ClassName] = obj;
            _typeNames.Add(obj.ClassName);
        }
        foreach (var spec in model.Enums)
        {
            _enums[spec.Name] = spec;
            _typeNames.Add(spec.Name);
        }
    }

    /// <summary>The schema's model.</summary>
    public GenerationModel Model { get; }

    /// <summary>The namespace of the generated code.</summary>
    public string Namespace => Model.Namespace;

    /// <summary>Every type name the bindings declare.</summary>
    public IReadOnlyCollection<string> TypeNames => _typeNames;

    /// <summary>The node class of wire type <paramref name="type"/>, if the schema has one.</summary>
    public NodeSpec? Node(string type) => _nodes.GetValueOrDefault(type);

    /// <summary>The output of <paramref name="node"/>, or <see langword="null"/> when its outputs are untyped.</summary>
    public OutputSpec? OutputOf(NodeSpec node) => _outputs.GetValueOrDefault(node.OutputClassName);

    /// <summary>The schema object class <paramref name="className"/>.</summary>
    public ObjectSpec? Object(string className) => _objects.GetValueOrDefault(className);

    /// <summary>The enum <paramref name="name"/>.</summary>
    public EnumSpec? Enum(string name) => _enums.GetValueOrDefault(name);

    /// <summary>A generated type as the ejected file spells it: plain, or qualified where a <c>GraphDsl</c> type has the same name.</summary>
    public string Type(string name) => RuntimeTypeNames.Contains(name) ? $"global::{Namespace}.{name}" : name;

    /// <summary>A <c>GraphDsl</c> type as the ejected file spells it: plain, or qualified where a generated type has the same name.</summary>
    public string Runtime(string name) => _typeNames.Contains(name) ? $"global::GraphDsl.{name}" : name;

    /// <summary>The C# type of one item: <c>long</c>, <c>double</c>, <c>string</c>, <c>bool</c>, or a generated class or enum.</summary>
    public string Item(ItemType item) => item.Kind switch
    {
        ItemKind.Integer => "long",
        ItemKind.Float => "double",
        ItemKind.String => "string",
        ItemKind.Boolean => "bool",
        _ => Type(item.Name),
    };

    /// <summary>Whether values of <paramref name="item"/> are C# value types.</summary>
    public static bool IsValueType(ItemType item) => item.Kind is not (ItemKind.String or ItemKind.Object);
}
