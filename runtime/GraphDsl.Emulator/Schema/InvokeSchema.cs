using System.Collections.Generic;
using System.Text.Json;

namespace GraphDsl.Emulator.Schema;

/// <summary>
/// The part of an InvokeAI OpenAPI document the emulator works from: every invocation (by wire <c>type</c>), every
/// invocation output (by wire <c>type</c>), and the raw component schemas. Immutable once loaded; safe to share.
/// Loading is in <c>InvokeSchema.Loading.cs</c>.
/// </summary>
public sealed partial class InvokeSchema
{
    /// <summary>The document's <c>info.version</c>, e.g. <c>6.14.0</c>; <see langword="null"/> when absent.</summary>
    public string? Version { get; }

    /// <summary>The invocations, by wire type (<c>add</c>, <c>sdxl_model_loader</c>, …).</summary>
    public IReadOnlyDictionary<string, NodeTemplate> Nodes { get; }

    /// <summary>The invocation outputs, by wire type (<c>integer_output</c>, …).</summary>
    public IReadOnlyDictionary<string, OutputTemplate> Outputs { get; }

    /// <summary><c>components.schemas</c> of the document (an object), for schema-valid placeholder values.</summary>
    public JsonElement Components { get; }

    /// <summary>The node type <paramref name="type"/>, or <see langword="null"/>.</summary>
    public NodeTemplate? FindNode(string type) => Nodes.TryGetValue(type, out var node) ? node : null;

    /// <summary>The output type <paramref name="type"/>, or <see langword="null"/>.</summary>
    public OutputTemplate? FindOutput(string type) => Outputs.TryGetValue(type, out var output) ? output : null;
}
