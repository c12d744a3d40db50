
namespace ChangeTracker.Testing;

/// <summary>A throw-away copy of ../shared/go-site made at run time, so a test can break pages of it.</summary>
public sealed class SiteCopy : IDisposable
{
    public SiteCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "changetracker-site", Guid.NewGuid().ToString("n"));
        Copy(GoSite.Require(), Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text) => System.IO.File.WriteAllText(File(relative), text);

    public void Truncate(string relative)
    {
        var text = System.IO.File.ReadAllText(File(relative));
        Write(relative, text[..(text.Length / 2)]);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            System.IO.File.Copy(file, target);
            System.IO.File.SetAttributes(target, FileAttributes.Normal);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
