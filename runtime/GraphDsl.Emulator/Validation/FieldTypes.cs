using GraphDsl.Emulator.Schema;
using GraphDsl.Validation;

namespace GraphDsl.Emulator.Validation;

/// <summary>The server's <c>get_input_field_type</c> and <c>get_output_field_type</c> over schema templates: the
/// annotation of a field of an invocation (including the node attributes) or of its output class (including
/// <c>type</c> and <c>output_meta</c>); <see langword="null"/> for a field the class does not have.</summary>
internal sealed class FieldTypes
{
    private static readonly WireType OutputMetaType = WireType.Union(WireType.Dict(WireType.Str, WireType.Class("JsonValue")), WireType.None);
    private readonly InvokeSchema _schema;

    public FieldTypes(InvokeSchema schema) => _schema = schema;

    /// <summary>Whether <paramref name="field"/> is in the invocation's <c>model_fields</c>.</summary>
    public static bool HasInput(NodeTemplate node, string field) => InputType(node, field) is not null;

    /// <summary>Whether <paramref name="field"/> is in the <c>model_fields</c> of the node's output class.</summary>
    public bool HasOutput(NodeTemplate node, string field) => OutputType(node, field) is not null;

    /// <summary>The annotation of the invocation field <paramref name="field"/>.</summary>
    public static WireType? InputType(NodeTemplate node, string field) => field switch
    {
        "id" => WireType.Str,
        "is_intermediate" or "use_cache" => WireType.Bool,
        "type" => WireType.Literal("'" + node.Type + "'"),
        _ => node.FindInput(field)?.Type,
    };

    /// <summary>The annotation of the output field <paramref name="field"/> of the node's output class.</summary>
    public WireType? OutputType(NodeTemplate node, string field)
    {
        var output = _schema.FindOutput(node.OutputType);
        if (output is null)
        {
            return null;
        }

        return field switch
        {
            "type" => WireType.Literal("'" + output.Type + "'"),
            "output_meta" => OutputMetaType,
            _ => output.FindField(field)?.Type,
        };
    }
}
