using GraphDsl.Generator.Diagnostics;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>What parsing one schema file gives: the model (null when nothing can be generated) and the diagnostics.</summary>
public sealed record ParseResult(GenerationModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
