namespace GraphDsl;

/// <summary>The maturity the server declares for a node (the schema's <c>classification</c>).</summary>
public enum NodeClassification
{
    /// <summary><c>stable</c>.</summary>
    Stable,

    /// <summary><c>beta</c>.</summary>
    Beta,

    /// <summary><c>prototype</c>.</summary>
    Prototype,

    /// <summary><c>deprecated</c>: the generated class is marked <see cref="System.ObsoleteAttribute"/>.</summary>
    Deprecated,

    /// <summary><c>internal</c>.</summary>
    Internal,

    /// <summary><c>special</c>.</summary>
    Special,
}
