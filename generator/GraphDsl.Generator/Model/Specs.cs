namespace GraphDsl.Generator.Model;

/// <summary>The input kinds of the schema's <c>input</c> key.</summary>
public enum InputKindSpec
{
    Any,
    Connection,
    Direct,
}

/// <summary>Numeric constraints of a field.</summary>
public sealed record BoundsSpec(double? Minimum, double? Maximum, double? ExclusiveMinimum, double? ExclusiveMaximum, double? MultipleOf);

/// <summary>One input of a node.</summary>
public sealed record InputSpec(
    string WireName,
    string PropertyName,
    InputKindSpec Kind,
    FieldType Type,
    bool IsRequired,
    string? Title,
    string? Description,
    string? DefaultJson,
    bool HasTypedDefault,
    BoundsSpec? Bounds,
    bool IsUntyped);

/// <summary>One node (invocation) class.</summary>
public sealed record NodeSpec(
    string ClassName,
    string WireType,
    string? Title,
    string? Description,
    string Version,
    string? Category,
    EquatableArray<string> Tags,
    string Classification,
    string? NodePack,
    string OutputClassName,
    bool UseCacheDefault,
    EquatableArray<InputSpec> Inputs);

/// <summary>One field of an output or a schema object.</summary>
public sealed record MemberSpec(
    string WireName,
    string PropertyName,
    FieldType Type,
    bool IsRequired,
    string? Description);

/// <summary>One output class.</summary>
public sealed record OutputSpec(string ClassName, string WireType, string? Description, EquatableArray<MemberSpec> Fields);

/// <summary>One schema object class (<c>ImageField</c>, …).</summary>
public sealed record ObjectSpec(string ClassName, string SchemaName, string? Description, EquatableArray<MemberSpec> Fields);

/// <summary>One enum member: its C# name and wire value (a string, or an integer's text).</summary>
public sealed record EnumMemberSpec(string Name, string Wire, string? Label);

/// <summary>One generated enum.</summary>
public sealed record EnumSpec(string Name, bool IsInteger, string? Description, EquatableArray<EnumMemberSpec> Members, EquatableArray<string> UsedBy);

/// <summary>Everything generated from one schema file.</summary>
public sealed record GenerationModel(
    string Namespace,
    string SchemaFileName,
    EquatableArray<NodeSpec> Nodes,
    EquatableArray<OutputSpec> Outputs,
    EquatableArray<ObjectSpec> Objects,
    EquatableArray<EnumSpec> Enums);
