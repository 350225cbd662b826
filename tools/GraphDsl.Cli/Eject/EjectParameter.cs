namespace GraphDsl.Cli.Eject;

/// <summary>A parameter of the ejected <c>Build</c> method: one node input.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Type">Its C# type.</param>
/// <param name="NodeId">The node it sets.</param>
/// <param name="FieldName">The input's wire name.</param>
/// <param name="IsRequired">
/// Whether it has no default: the workflow leaves a required input empty, so the caller must give it.
/// </param>
internal sealed record EjectParameter(string Name, string Type, string NodeId, string FieldName, bool IsRequired);
