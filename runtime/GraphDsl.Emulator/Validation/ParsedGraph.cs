using System.Collections.Generic;
using GraphDsl.Emulator.Schema;

namespace GraphDsl.Emulator.Validation;

/// <summary>One end of a parsed edge.</summary>
internal readonly record struct EdgeEnd(string NodeId, string Field)
{
    public override string ToString() => $"{NodeId}.{Field}";
}

/// <summary>A parsed edge; <see cref="ToString"/> is python's <c>str(edge)</c>.</summary>
internal sealed record ParsedEdge(EdgeEnd Source, EdgeEnd Destination)
{
    public override string ToString() => $"{Source} -> {Destination}";
}

/// <summary>A parsed node: its dict key, its <c>id</c>, and its schema template.</summary>
internal sealed record ParsedNode(string Key, string Id, NodeTemplate Template);

/// <summary>A graph whose nodes and edges all parsed, ready for <c>validate_self</c>.</summary>
/// <param name="Nodes">The nodes, in dict order (a repeated key keeps its first position and its last value).</param>
/// <param name="Edges">The edges, in order.</param>
internal sealed record ParsedGraph(IReadOnlyList<ParsedNode> Nodes, IReadOnlyList<ParsedEdge> Edges);
