namespace GraphDsl.Cli.SchemaDiff;

/// <summary>What changed between two schemas. The order of the members is the order of a report's rows for one node or output.</summary>
internal enum ChangeKind
{
    /// <summary>A node type of the old schema is not in the new one.</summary>
    NodeRemoved,

    /// <summary>A node type of the new schema is not in the old one.</summary>
    NodeAdded,

    /// <summary>The C# class generated for a node type has another name.</summary>
    NodeClassRenamed,

    /// <summary>A node's <c>version</c> changed.</summary>
    VersionChanged,

    /// <summary>A node's <c>classification</c> changed (<c>stable</c>, <c>beta</c>, <c>deprecated</c>, …).</summary>
    ClassificationChanged,

    /// <summary>A node returns another output type.</summary>
    OutputTypeChanged,

    /// <summary>An input of a node is gone.</summary>
    InputRemoved,

    /// <summary>An input is gone and another was added that looks like its new name.</summary>
    InputRenamed,

    /// <summary>A node has a new input.</summary>
    InputAdded,

    /// <summary>An input keeps its wire name but its C# property has another name.</summary>
    PropertyRenamed,

    /// <summary>An input's type changed.</summary>
    InputTypeChanged,

    /// <summary>An input's kind changed (<c>any</c>, <c>connection</c>, <c>direct</c>).</summary>
    InputKindChanged,

    /// <summary>An input or a schema object's field became required, or optional.</summary>
    RequiredChanged,

    /// <summary>An input's default changed, or a node's <c>use_cache</c> default.</summary>
    DefaultChanged,

    /// <summary>The enum of a field lost values.</summary>
    EnumValuesRemoved,

    /// <summary>The enum of a field gained values.</summary>
    EnumValuesAdded,

    /// <summary>A field of an output or of a schema object (<c>ImageField</c>, …) is gone.</summary>
    FieldRemoved,

    /// <summary>A field of an output or schema object is gone and another was added that looks like its new name.</summary>
    FieldRenamed,

    /// <summary>An output or schema object has a new field.</summary>
    FieldAdded,

    /// <summary>The type of a field of an output or schema object changed.</summary>
    FieldTypeChanged,
}
