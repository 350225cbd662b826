using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GraphDsl.Package.Tests.Infrastructure;

/// <summary>Reads an assembly's name and the assemblies it references, without loading it.</summary>
internal static class AssemblyReferences
{
    /// <summary>The name and version of the assembly in <paramref name="image"/>.</summary>
    public static (string Name, Version Version) Identity(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        return (reader.GetString(definition.Name), definition.Version);
    }

    /// <summary>The assemblies (name and version) that the assembly in <paramref name="image"/> references.</summary>
    public static IReadOnlyList<(string Name, Version Version)> Of(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }
}
