namespace GraphDsl;

/// <summary>How a node input may be given a value (the schema's <c>input</c> key).</summary>
public enum InputKind
{
    /// <summary><c>any</c>: a literal or an edge.</summary>
    Any,

    /// <summary><c>connection</c>: an edge only.</summary>
    Connection,

    /// <summary><c>direct</c>: a literal only.</summary>
    Direct,
}
