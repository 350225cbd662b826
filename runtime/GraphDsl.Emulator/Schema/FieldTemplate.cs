using System.Text.Json;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Schema;

/// <summary>One field of an invocation or output, as the schema describes it.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Type">The python annotation the server compares edges with (protocol §2): for inputs, including the
/// <c>|None</c> the server adds to fields whose default is <c>None</c>.</param>
/// <param name="Schema">The field's JSON schema (an object, or <c>true</c>).</param>
public sealed record FieldTemplate(string Name, WireType Type, JsonElement Schema)
{
    /// <summary>The schema's <c>input</c> key (inputs only); <see cref="InputKind.Any"/> when absent.</summary>
    public InputKind Kind { get; init; }

    /// <summary>In the schema's <c>required</c> list: a value must be in the enqueued node (422 <c>missing</c> otherwise).</summary>
    public bool IsSchemaRequired { get; init; }

    /// <summary><c>orig_required</c> without <c>orig_default</c>: the node fails at execution when neither a value nor an edge gives it.</summary>
    public bool IsRequiredAtExecution { get; init; }

    /// <summary>The schema's <c>default</c>, when it has one (it may be the JSON <c>null</c>).</summary>
    public JsonElement? Default { get; init; }
}
