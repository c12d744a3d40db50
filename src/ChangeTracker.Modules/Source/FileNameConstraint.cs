namespace ChangeTracker.Modules.Source;

/// <summary>
/// What a .go file's name says, by the go command's rule: name_GOOS_GOARCH.go, name_GOOS.go or name_GOARCH.go
/// (a _test suffix is set aside first), where GOOS and GOARCH are names the go command knows.
/// </summary>
public static class FileNameConstraint
{
    public static bool IsTest(string fileName) => Stem(fileName).EndsWith("_test", StringComparison.Ordinal);

    /// <summary>The platform the name restricts the file to, or null when it names none.</summary>
    public static PlatformName? Of(string fileName)
    {
        var stem = Stem(fileName);
        if (stem.EndsWith("_test", StringComparison.Ordinal)) stem = stem[..^5];
        var parts = stem.Split('_');
        if (parts.Length < 2) return null; // "linux.go" is not constrained, only "x_linux.go"
        var last = parts[^1];
        if (parts.Length >= 3 && KnownPlatforms.Goarch.Contains(last) && KnownPlatforms.Goos.Contains(parts[^2]))
            return new PlatformName(parts[^2], last);
        if (KnownPlatforms.Goos.Contains(last)) return new PlatformName(last, null);
        if (KnownPlatforms.Goarch.Contains(last)) return new PlatformName(null, last);
        return null;
    }

    /// <summary>The suffix a name ends with ("wasip1" for x_wasip1.go), known or not.</summary>
    public static string? LastSuffix(string fileName)
    {
        var stem = Stem(fileName);
        if (stem.EndsWith("_test", StringComparison.Ordinal)) stem = stem[..^5];
        var at = stem.LastIndexOf('_');
        return at > 0 ? stem[(at + 1)..] : null;
    }

    private static string Stem(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.EndsWith(".go", StringComparison.Ordinal) ? name[..^3] : name;
    }
}
