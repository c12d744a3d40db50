using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources.Tests;

public sealed class FolderMirrorWriterTests
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/doc/go1.12", "doc/go1.12.html" },
        { "/doc/devel/release", "doc/devel/release.html" },
        { "/dl/?mode=json&include=all", "dl/index.json" },
        { "/dl/", "dl/index.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task What_is_mirrored_reads_back_through_FolderSource(string path, string file)
    {
        using var folder = new TempFolder();
        var body = $"<html>page {path} — “quotes” ✓</html>\n";
        var writer = new FolderMirrorWriter();

        var written = await writer.SaveAsync(folder.Path, new SourcePath(path), body, CancellationToken.None);
        var response = await new FolderSource(folder.Path).FetchAsync(new SourcePath(path), null, CancellationToken.None);

        Assert.Equal(folder.File(file), written);
        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal(body, response.Body);
        Assert.Equal(body, File.ReadAllText(folder.File(file)));
        Assert.False(File.ReadAllBytes(folder.File(file)).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
    }

    [Fact]
    public async Task Overwrites_atomically_and_leaves_no_temporary_files()
    {
        using var folder = new TempFolder();
        var writer = new FolderMirrorWriter();

        await writer.SaveAsync(folder.Path, SourcePath.ReleaseHistory, "first", CancellationToken.None);
        await writer.SaveAsync(folder.Path, SourcePath.ReleaseHistory, "second", CancellationToken.None);

        Assert.Equal("second", File.ReadAllText(folder.File("doc/devel/release.html")));
        Assert.Equal([folder.File("doc/devel/release.html")], Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Rejects_paths_that_escape_the_folder()
    {
        using var folder = new TempFolder();
        var site = Path.Combine(folder.Path, "site");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            new FolderMirrorWriter().SaveAsync(site, new SourcePath("/../escaped"), "x", CancellationToken.None));

        Assert.Contains("escapes the source folder", ex.Message);
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }
}
