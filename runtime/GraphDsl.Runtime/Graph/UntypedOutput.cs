using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// The output of a node whose schema names no usable output type (warning GDSL005/GDSL003): the result as JSON,
/// and ports by field name.
/// </summary>
public sealed class UntypedOutput : IWireObject<UntypedOutput>
{
    /// <summary>The output's wire type, unknown.</summary>
    public const string OutputType = "";

    /// <summary>No output field is known.</summary>
    public static IReadOnlyList<OutputFieldDescriptor> Fields { get; } = [];

    /// <summary>The result as the server sent it.</summary>
    public JsonElement Json { get; init; }

    /// <inheritdoc/>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Json.WriteTo(writer);
    }

    /// <inheritdoc/>
    public static UntypedOutput ReadFrom(JsonElement element) => new() { Json = element.Clone() };

    /// <summary>Ports by field name.</summary>
    public sealed class Ports
    {
        private readonly Invocation _node;

        /// <summary>Creates the ports of <paramref name="node"/>.</summary>
        /// <param name="node">The node.</param>
        public Ports(Invocation node) => _node = node ?? throw new ArgumentNullException(nameof(node));

        /// <summary>The output field <paramref name="field"/>, typed <c>Any</c>.</summary>
        /// <param name="field">The field's wire name.</param>
        public AnyPort this[string field] => new(_node, field, "Any");
    }
}
