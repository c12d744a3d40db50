namespace ChangeTracker.Bench;

/// <summary>Where the repository and its built programs are, found from the bench binary upwards.</summary>
public static class BenchPaths
{
    public static string Repository { get; } = Find();

    public static string WebProject => Path.Combine(Repository, "src", "ChangeTracker.Web");

    public static string WebApp => Path.Combine(WebProject, "bin", "Release", "net10.0", "ChangeTracker.Web.dll");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChangeTracker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
