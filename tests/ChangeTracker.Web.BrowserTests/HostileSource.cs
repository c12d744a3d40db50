using System.Text;
using ChangeTracker.Testing;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>
/// A copy of ../shared/go-site, made at run time in a temp folder, whose go1.12 notes carry script injections and a
/// 200 KB paragraph right after the introduction heading. Nothing of it may ever run in the dashboard.
/// </summary>
public static class HostileSource
{
    public const string Marker = "window.__pwned";

    public static string Create()
    {
        var target = Directory.CreateTempSubdirectory("changetracker-hostile-site-").FullName;
        Copy(GoSite.Require(), target);
        var notes = Path.Combine(target, "doc", "go1.12.html");
        var html = File.ReadAllText(notes);
        var heading = html.IndexOf("<h2 id=\"introduction\"", StringComparison.Ordinal);
        if (heading < 0) throw new InvalidOperationException("go1.12.html has no <h2 id=\"introduction\"> heading");
        var insertAt = html.IndexOf("</h2>", heading, StringComparison.Ordinal) + "</h2>".Length;
        File.WriteAllText(notes, html[..insertAt] + Payload() + html[insertAt..]);
        return target;
    }

    public static string Payload()
    {
        var text = new StringBuilder();
        while (text.Length < 200_000) text.Append("pwned filler text for a very long paragraph that goes on and on ");
        return $"""

            <script>{Marker}=1</script>
            <p>Hostile item: <img src=x onerror="{Marker}=1"> and <a href="javascript:{Marker}=1">click</a> and
            <svg onload="{Marker}=1"></svg> and &lt;script&gt;{Marker}=1&lt;/script&gt; written as text.</p>
            <p>{text}</p>

            """;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
