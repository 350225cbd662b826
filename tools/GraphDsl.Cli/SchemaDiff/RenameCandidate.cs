using GraphDsl.Generator.Model;

namespace GraphDsl.Cli.SchemaDiff;

/// <summary>A field only one schema has (an input of a node, a field of an output), as rename detection sees it.</summary>
/// <param name="WireName">Its wire name.</param>
/// <param name="PropertyName">Its C# property.</param>
/// <param name="Type">Its type.</param>
/// <param name="Kind">Its input kind (<c>any</c>, <c>connection</c>, <c>direct</c>); empty for output fields.</param>
/// <param name="Position">Its zero-based index among the fields of its node or output.</param>
internal sealed record RenameCandidate(string WireName, string PropertyName, FieldType Type, string Kind, int Position);
