using System.Collections.Generic;
using System.Linq;

namespace GraphDsl.Emulator.Schema;

/// <summary>One invocation of the schema.</summary>
/// <param name="Type">The wire type (<c>properties.type.const</c>).</param>
/// <param name="SchemaName">The key in <c>components.schemas</c> (<c>AddInvocation</c>).</param>
/// <param name="Version">The node's <c>version</c>.</param>
/// <param name="Inputs">The input fields in schema order, without <c>id</c>, <c>type</c>, <c>is_intermediate</c>, <c>use_cache</c>.</param>
/// <param name="OutputType">The wire type of the node's output (<c>integer_output</c>).</param>
/// <param name="UseCacheDefault">The default of <c>use_cache</c> (false for iterate and collect).</param>
public sealed record NodeTemplate(string Type, string SchemaName, string Version, IReadOnlyList<FieldTemplate> Inputs, string OutputType, bool UseCacheDefault)
{
    /// <summary>The input <paramref name="name"/>, or <see langword="null"/>.</summary>
    public FieldTemplate? FindInput(string name) => Inputs.FirstOrDefault(f => f.Name == name);
}

/// <summary>One invocation output of the schema.</summary>
/// <param name="Type">The wire type (<c>properties.type.const</c>).</param>
/// <param name="SchemaName">The key in <c>components.schemas</c>.</param>
/// <param name="Fields">The output fields in schema order, without <c>type</c>.</param>
public sealed record OutputTemplate(string Type, string SchemaName, IReadOnlyList<FieldTemplate> Fields)
{
    /// <summary>The field <paramref name="name"/>, or <see langword="null"/>.</summary>
    public FieldTemplate? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
