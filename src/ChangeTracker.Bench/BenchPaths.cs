namespace ChangeTracker.Bench;

/// <summary>Where the repository and its built programs are, found from the bench binary upwards.</summary>
public static class BenchPaths
{
    public static string Repository { get; } = Find();

    public static string WebProject => Path.Combine(Repository, "src", "ChangeTracker.Web");

    /// <summary>The configuration the bench was built in (Release, or Debug in the tests): the CLI and web app it starts are of the same.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";

    public static string WebApp => Path.Combine(WebProject, "bin", Configuration, "net10.0", "ChangeTracker.Web.dll");

    public static string Cli => Path.Combine(Repository, "src", "ChangeTracker.Cli", "bin", Configuration, "net10.0", "changetracker");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChangeTracker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
