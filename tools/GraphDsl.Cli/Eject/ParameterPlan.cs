namespace GraphDsl.Cli.Eject;

/// <summary>How a parameter of <c>Build</c> reaches its node input.</summary>
internal enum ParameterUse
{
    /// <summary>Required (no default): <c>Prop = name</c>.</summary>
    Required,

    /// <summary>A constant default: <c>Prop = name</c>.</summary>
    Constant,

    /// <summary>Defaults to <see langword="null"/>, which stands for the workflow's value: <c>Prop = name ?? value</c>.</summary>
    Fallback,

    /// <summary>Defaults to <see langword="null"/>, which leaves the input unset: <c>if (name is not null) node.Prop = name;</c>.</summary>
    Optional,
}

/// <summary>A parameter of the ejected <c>Build</c> method.</summary>
internal sealed class ParameterPlan
{
    /// <summary>The node it sets.</summary>
    public required string NodeId { get; init; }

    /// <summary>The input's wire name.</summary>
    public required string Field { get; init; }

    /// <summary>The label the name comes from (the field's, else the node's), or <see langword="null"/>.</summary>
    public required string? Label { get; init; }

    /// <summary>The parameter's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The C# type of its value (without <c>?</c>).</summary>
    public string Type { get; set; } = "";

    /// <summary>Whether <see cref="Type"/> is a value type (its nullable form is <c>T?</c> over <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType { get; set; }

    /// <summary>How it is used.</summary>
    public ParameterUse Use { get; set; }

    /// <summary>The workflow's value as C#: the constant default, or what <see langword="null"/> falls back to.</summary>
    public string? Value { get; set; }

    /// <summary>Whether the workflow exposes the field (otherwise it is a required input the workflow leaves empty).</summary>
    public bool IsExposed { get; init; }

    /// <summary>The documentation of the parameter (XML-escaped text).</summary>
    public string Doc { get; set; } = "";

    /// <summary>The declaration: <c>string prompt = "…"</c>, <c>ImageField image</c>, <c>BoardField? board = null</c>.</summary>
    public string Declaration() => Use switch
    {
        ParameterUse.Required => $"{Type} {Name}",
        ParameterUse.Constant => $"{Type} {Name} = {Value}",
        _ => $"{Type}? {Name} = null",
    };
}
