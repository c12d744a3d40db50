namespace ChangeTracker.Testing;

/// <summary>
/// Locates the offline copy of go.dev (../shared/go-site from the repository root, or the folder named by
/// CHANGETRACKER_GO_SITE). Its text is third-party: tests read it at run time, never copy it.
/// </summary>
public static class GoSite
{
    public const string EnvironmentVariable = "CHANGETRACKER_GO_SITE";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path { get; } = ResolvePath();

    public static bool IsAvailable => Directory.Exists(System.IO.Path.Combine(Path, "doc"));

    /// <summary>Why a go-site test is skipped, or null when it must run (copy present, or CI set so a missing copy fails).</summary>
    public static string? SkipReason =>
        IsAvailable || IsCi ? null : $"offline go.dev copy not found at {Path} (set {EnvironmentVariable}); skipped outside CI";

    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The folder, or an exception that names where it was looked for (used when CI is set).</summary>
    public static string Require() =>
        IsAvailable ? Path : throw new DirectoryNotFoundException($"the offline go.dev copy is missing at {Path}; set {EnvironmentVariable} or provide ../shared/go-site");

    public static string File(string relative) => System.IO.Path.Combine(Require(), relative);

    private static string ResolvePath()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return System.IO.Path.GetFullPath(fromEnv);
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "go-site"));
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ChangeTracker.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

/// <summary>
/// A fact that needs ../shared/go-site: skipped with a reason when it is missing, except under CI where it fails. In a
/// class marked <see cref="IPostgreSqlTests"/> it also needs a PostgreSQL server the same way.
/// </summary>
[Xunit.Sdk.XunitTestCaseDiscoverer("ChangeTracker.Testing.ProviderFactDiscoverer", "ChangeTracker.Testing")]
public sealed class GoSiteFactAttribute : Xunit.FactAttribute
{
    public GoSiteFactAttribute()
    {
        if (GoSite.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A theory that needs ../shared/go-site (see <see cref="GoSiteFactAttribute"/>).</summary>
[Xunit.Sdk.XunitTestCaseDiscoverer("ChangeTracker.Testing.ProviderTheoryDiscoverer", "ChangeTracker.Testing")]
public sealed class GoSiteTheoryAttribute : Xunit.TheoryAttribute
{
    public GoSiteTheoryAttribute()
    {
        if (GoSite.SkipReason is { } reason) Skip = reason;
    }
}
