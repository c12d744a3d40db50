using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources.Tests;

public sealed class FolderLayoutTests
{
    [Theory]
    [InlineData("/doc/go1.12", "doc/go1.12.html")]
    [InlineData("/doc/go1", "doc/go1.html")]
    [InlineData("/doc/go1.21", "doc/go1.21.html")]
    [InlineData("/doc/devel/release", "doc/devel/release.html")]
    [InlineData("/dl/?mode=json&include=all", "dl/index.json")]
    [InlineData("/dl/?include=all&mode=json", "dl/index.json")]
    [InlineData("/dl?mode=json", "dl/index.json")]
    [InlineData("/dl/", "dl/index.html")]
    [InlineData("/", "index.html")]
    [InlineData("/doc/", "doc/index.html")]
    [InlineData("/css/styles.css", "css/styles.css")]
    [InlineData("/doc/go1.12.html", "doc/go1.12.html")]
    [InlineData("/historic/doc/go1.12", "historic/doc/go1.12.html")]
    [InlineData("/doc/go1.12#darwin", "doc/go1.12.html")]
    [InlineData("/doc/go1.12?tab=x", "doc/go1.12.html")]
    [InlineData("doc/go1.12", "doc/go1.12.html")]
    [InlineData("/doc//go1.12", "doc/go1.12.html")]
    public void Maps_paths_to_files(string path, string expected)
    {
        Assert.Equal(expected, FolderLayout.RelativePath(new SourcePath(path)));
    }

    [Fact]
    public void Maps_the_well_known_pages()
    {
        Assert.Equal("doc/go1.12.html", FolderLayout.RelativePath(SourcePath.ReleaseNotes("go1.12")));
        Assert.Equal("doc/devel/release.html", FolderLayout.RelativePath(SourcePath.ReleaseHistory));
        Assert.Equal("dl/index.json", FolderLayout.RelativePath(SourcePath.DownloadsJson));
        Assert.Equal("dl/index.html", FolderLayout.RelativePath(SourcePath.DownloadsHtml));
    }

    [Theory]
    [InlineData("/../secret")]
    [InlineData("/doc/../../etc/passwd")]
    [InlineData("/doc/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..")]
    [InlineData("/../dl/?mode=json")]
    public void Rejects_paths_that_escape_the_folder(string path)
    {
        var ex = Assert.Throws<ArgumentException>(() => FolderLayout.RelativePath(new SourcePath(path)));
        Assert.Contains("escapes the source folder", ex.Message);
        Assert.Contains(path, ex.Message);
    }

    [Theory]
    [InlineData("/doc/..%2f..%2fetc")]
    [InlineData("/doc/a%5c..%5cb")]
    [InlineData("/c:/windows")]
    [InlineData("https://evil.example/doc/go1.12")]
    [InlineData("")]
    public void Rejects_invalid_paths(string path)
    {
        Assert.Throws<ArgumentException>(() => FolderLayout.RelativePath(new SourcePath(path)));
    }

    [Fact]
    public void FullPath_stays_inside_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "layout-root");

        var full = FolderLayout.FullPath(folder, new SourcePath("/doc/devel/release"));

        Assert.Equal(Path.Combine(Path.GetFullPath(folder), "doc", "devel", "release.html"), full);
        Assert.Throws<ArgumentException>(() => FolderLayout.FullPath(folder, new SourcePath("/doc/../../x")));
    }
}
