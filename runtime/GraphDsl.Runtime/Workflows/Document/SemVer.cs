using System.Globalization;

namespace GraphDsl.Workflows;

/// <summary>A <c>major.minor.patch</c> version, as the workflow format and node versions use them.</summary>
internal readonly record struct SemVer(int Major, int Minor, int Patch) : IComparable<SemVer>
{
    public static bool TryParse(string? text, out SemVer version)
    {
        version = default;
        if (text is null)
            return false;
        var core = text.Split('-', '+')[0];
        var parts = core.Split('.');
        if (parts.Length != 3)
            return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
            return false;
        version = new SemVer(major, minor, patch);
        return true;
    }

    public int CompareTo(SemVer other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
