using System.Text.Json;

namespace GraphDsl;

/// <summary>
/// One value the server substitutes into one session: the server's <c>NodeFieldValue</c>, which it also stores in
/// the queue item's <c>field_values</c>.
/// </summary>
/// <param name="NodePath">The node id.</param>
/// <param name="FieldName">The input's wire name.</param>
/// <param name="Value">The value, as the JSON sent.</param>
public sealed record NodeFieldValue(string NodePath, string FieldName, JsonElement Value)
{
    /// <inheritdoc/>
    public override string ToString() => $"{NodePath}.{FieldName} = {Value.GetRawText()}";
}
