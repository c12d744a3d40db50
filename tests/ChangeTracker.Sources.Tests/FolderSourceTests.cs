using ChangeTracker.Domain.Sources;

namespace ChangeTracker.Sources.Tests;

public sealed class FolderSourceTests
{
    [Fact]
    public async Task Serves_the_file_text()
    {
        using var folder = new TempFolder();
        folder.Write("doc/go1.12.html", "<html>Go 1.12 ünïcode</html>");
        var source = new FolderSource(folder.Path);

        var response = await source.FetchAsync(new SourcePath("/doc/go1.12"), null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Ok, response.Outcome);
        Assert.Equal("<html>Go 1.12 ünïcode</html>", response.Body);
        Assert.NotNull(response.ETag);
        Assert.Equal(WholeSeconds(File.GetLastWriteTimeUtc(folder.File("doc/go1.12.html"))), response.LastModified);
    }

    [Fact]
    public async Task A_missing_file_is_NotFound_naming_page_and_file()
    {
        using var folder = new TempFolder();
        var source = new FolderSource(folder.Path);

        var response = await source.FetchAsync(new SourcePath("/doc/go1.99"), null, CancellationToken.None);

        Assert.Equal(SourceOutcome.NotFound, response.Outcome);
        Assert.Contains("/doc/go1.99", response.Error);
        Assert.Contains("doc/go1.99.html", response.Error);
        Assert.Contains(folder.Path, response.Error);
    }

    [Fact]
    public async Task A_missing_folder_is_Failed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "changetracker-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var source = new FolderSource(missing);

        var response = await source.FetchAsync(SourcePath.ReleaseHistory, null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Equal($"source folder '{missing}' does not exist", response.Error);
    }

    [Fact]
    public async Task Path_traversal_is_Failed_and_reads_nothing_outside()
    {
        using var outer = new TempFolder();
        outer.Write("secret.html", "do not serve");
        outer.Write("site/doc/go1.12.html", "notes");
        var source = new FolderSource(Path.Combine(outer.Path, "site"));

        var response = await source.FetchAsync(new SourcePath("/doc/../../secret"), null, CancellationToken.None);

        Assert.Equal(SourceOutcome.Failed, response.Outcome);
        Assert.Contains("escapes the source folder", response.Error);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task Matching_validators_answer_NotModified_until_the_file_changes()
    {
        using var folder = new TempFolder();
        folder.Write("doc/devel/release.html", "v1");
        var source = new FolderSource(folder.Path);
        var first = await source.FetchAsync(SourcePath.ReleaseHistory, null, CancellationToken.None);

        var byETag = await source.FetchAsync(SourcePath.ReleaseHistory, new SourceValidators(first.ETag, first.LastModified), CancellationToken.None);
        var byDate = await source.FetchAsync(SourcePath.ReleaseHistory, new SourceValidators(null, first.LastModified), CancellationToken.None);
        folder.Write("doc/devel/release.html", "v2, longer");
        File.SetLastWriteTimeUtc(folder.File("doc/devel/release.html"), DateTime.UtcNow.AddMinutes(1));
        var changed = await source.FetchAsync(SourcePath.ReleaseHistory, new SourceValidators(first.ETag, first.LastModified), CancellationToken.None);
        var changedByDate = await source.FetchAsync(SourcePath.ReleaseHistory, new SourceValidators(null, first.LastModified), CancellationToken.None);

        Assert.Equal(SourceOutcome.NotModified, byETag.Outcome);
        Assert.Equal(SourceOutcome.NotModified, byDate.Outcome);
        Assert.Equal(SourceOutcome.Ok, changed.Outcome);
        Assert.Equal("v2, longer", changed.Body);
        Assert.Equal(SourceOutcome.Ok, changedByDate.Outcome);
    }

    [Fact]
    public void PublicUrl_is_the_public_base_plus_path()
    {
        using var folder = new TempFolder();

        Assert.Equal(new Uri("https://go.dev/doc/go1.12"), new FolderSource(folder.Path).PublicUrl(SourcePath.ReleaseNotes("go1.12")));
        Assert.Equal(new Uri("https://go.dev/dl/?mode=json&include=all"), new FolderSource(folder.Path).PublicUrl(SourcePath.DownloadsJson));
        Assert.Equal(new Uri("https://mirror.example/go/doc/devel/release"),
            new FolderSource(folder.Path, "https://mirror.example/go/").PublicUrl(SourcePath.ReleaseHistory));
    }

    [Fact]
    public async Task Cancellation_throws()
    {
        using var folder = new TempFolder();
        folder.Write("doc/go1.12.html", "x");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new FolderSource(folder.Path).FetchAsync(new SourcePath("/doc/go1.12"), null, cancel.Token));
    }

    private static DateTimeOffset WholeSeconds(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
