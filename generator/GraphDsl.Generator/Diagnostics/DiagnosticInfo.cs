using System.Linq;
using GraphDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GraphDsl.Generator.Diagnostics;

/// <summary>A position in a schema file: character span and line/column span (all zero-based).</summary>
public sealed record SchemaLocation(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}

/// <summary>A diagnostic carried as data between pipeline steps.</summary>
public sealed record DiagnosticInfo(string Id, SchemaLocation? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.All.First(d => d.Id == Id);
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
    }
}
