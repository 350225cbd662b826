namespace GraphDsl.Cli.SchemaDiff;

/// <summary>What a change belongs to.</summary>
internal enum ChangeOwner
{
    /// <summary>A node (invocation), named by its wire type (<c>color_correct</c>).</summary>
    Node,

    /// <summary>An output shared by nodes, named by its wire type (<c>image_output</c>).</summary>
    Output,

    /// <summary>A schema object the nodes' fields use, named by its schema name (<c>ModelIdentifierField</c>).</summary>
    Object,
}
