using System.IO.Compression;
using System.Xml.Linq;

namespace GraphDsl.Package.Tests.Infrastructure;

/// <summary>A .nupkg read into memory: its file entries and its nuspec.</summary>
public sealed class PackageContents
{
    private readonly Dictionary<string, byte[]> files;

    private PackageContents(string path, Dictionary<string, byte[]> files, XElement metadata)
    {
        Path = path;
        this.files = files;
        Metadata = metadata;
        Id = Meta("id");
        Version = Meta("version");
    }

    /// <summary>Where the .nupkg is.</summary>
    public string Path { get; }

    /// <summary>The package id from the nuspec.</summary>
    public string Id { get; }

    /// <summary>The package version from the nuspec.</summary>
    public string Version { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>Every file entry (forward slashes), without the packaging parts NuGet adds.</summary>
    public IReadOnlyList<string> Entries => files.Keys
        .Where(e => !e.StartsWith("_rels/", StringComparison.Ordinal)
            && !e.StartsWith("package/", StringComparison.Ordinal)
            && e != "[Content_Types].xml")
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The nuspec's dependencies, over all target framework groups.</summary>
    public IReadOnlyList<PackageDependency> Dependencies => Metadata
        .Elements(Metadata.Name.Namespace + "dependencies")
        .Descendants(Metadata.Name.Namespace + "dependency")
        .Select(d => new PackageDependency(
            (string?)d.Attribute("id") ?? "",
            (string?)d.Attribute("version") ?? "",
            (string?)d.Attribute("exclude") ?? ""))
        .ToList();

    /// <summary>The entries directly or indirectly under <paramref name="folder"/> (with a trailing slash).</summary>
    public IReadOnlyList<string> EntriesUnder(string folder)
        => Entries.Where(e => e.StartsWith(folder, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The bytes of one entry.</summary>
    public byte[] Read(string entry) => files[entry];

    /// <summary>The text of one nuspec metadata element, or "" when there is none.</summary>
    public string Meta(string name) => (string?)Metadata.Element(Metadata.Name.Namespace + name) ?? "";

    /// <summary>Reads the package at <paramref name="path"/>.</summary>
    public static PackageContents Load(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[Uri.UnescapeDataString(entry.FullName)] = buffer.ToArray();
        }

        var nuspecs = files.Keys.Where(k => !k.Contains('/') && k.EndsWith(".nuspec", StringComparison.Ordinal)).ToList();
        if (nuspecs.Count != 1)
        {
            throw new InvalidDataException($"{path} has {nuspecs.Count} nuspec files at its root.");
        }

        using var nuspec = new MemoryStream(files[nuspecs[0]]);
        var metadata = XDocument.Load(nuspec).Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")
            ?? throw new InvalidDataException($"{path}: the nuspec has no metadata element.");
        return new PackageContents(path, files, metadata);
    }
}

/// <summary>One nuspec dependency.</summary>
/// <param name="Id">The package it depends on.</param>
/// <param name="Version">The version range, as written.</param>
/// <param name="Exclude">The asset types excluded from the flow to consumers (comma-separated), or "".</param>
public sealed record PackageDependency(string Id, string Version, string Exclude);
