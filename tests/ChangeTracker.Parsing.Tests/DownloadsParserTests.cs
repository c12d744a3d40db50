using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Parsing.Tests;

public class DownloadsParserTests
{
    [Fact]
    public void Json_reads_releases_files_and_quirks()
    {
        var result = DownloadsJsonParser.Parse(Fixture.Read("downloads.json"));
        var feed = result.GetValueOrThrow();
        Assert.Equal(["go1.99.1", "go1.99rc1", "go1"], feed.Releases.Select(r => r.Tag));
        Assert.Equal(GoVersion.Parse("1.99.1"), feed.Releases[0].Version);
        Assert.False(feed.Releases[1].Stable);
        var linux = feed.Files.Single(f => f.Filename == "go1.99.1.linux-amd64.tar.gz");
        Assert.Equal(("linux", "amd64", DistributionKind.Archive, 127_000_000L), (linux.Os, linux.Arch, linux.Kind, linux.Size!.Value));
        Assert.False(linux.SizeIsApproximate);
        var zeroSize = feed.Files.Single(f => f.Filename == "go1.99.1.windows-386.zip");
        Assert.Null(zeroSize.Size);
        Assert.Null(zeroSize.Sha256);
        Assert.Contains(result.Warnings, w => w.Contains("go1.99.1.windows-386.zip"));
        var bootstrap = Assert.Single(feed.Releases[2].Files);
        Assert.Equal(("4", "bootstrap"), (bootstrap.Os, bootstrap.Arch));
        Assert.Equal(DistributionKind.Source, feed.Files.First().Kind);
    }

    [Theory]
    [InlineData("[{\"version\":\"go1.4.2\",\"stable\":true,\"files\":[{\"os\":\"linux\",\"kind\":\"archive\"}]}]", "feed entry 1 (go1.4.2) has no filename")]
    [InlineData("[{\"version\":\"go1.4.2\",\"stable\":true,\"files\":[{\"filename\":\"a.tar.gz\"}]}]", "has no kind")]
    [InlineData("[{\"version\":\"go1.4.2\",\"stable\":true,\"files\":[{\"filename\":\"a.tar.gz\",\"kind\":\"tarball\"}]}]", "unknown kind")]
    [InlineData("[{\"version\":\"go1.4.2\",\"stable\":true,\"files\":[", "truncated")]
    [InlineData("[{\"version\":\"go1.4.2\",, }]", "not valid JSON")]
    [InlineData("{\"releases\":[]}", "must be a JSON array")]
    public void Json_problems_are_named(string json, string expected)
    {
        var result = DownloadsJsonParser.Parse(json);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void Html_reads_tables_converts_sizes_and_maps_display_names()
    {
        var result = DownloadsHtmlParser.Parse(Fixture.Read("downloads.html"));
        var feed = result.GetValueOrThrow();
        Assert.Equal(["go1.99.1", "go1.99rc1", "go1"], feed.Releases.Select(r => r.Tag));
        var linux = feed.Files.Single(f => f.Filename == "go1.99.1.linux-amd64.tar.gz");
        Assert.Equal(121L << 20, linux.Size);
        Assert.True(linux.SizeIsApproximate);
        var mac = feed.Files.Single(f => f.Filename == "go1.99.1.darwin-arm64.pkg");
        Assert.Equal(("darwin", "arm64", DistributionKind.Installer), (mac.Os, mac.Arch, mac.Kind));
        var arm = feed.Files.Single(f => f.Filename == "go1.99rc1.linux-armv6l.tar.gz");
        Assert.Equal("armv6l", arm.Arch);
        Assert.False(feed.Releases[1].Stable);
        var noSize = feed.Files.Single(f => f.Filename == "go1.99.1.windows-386.zip");
        Assert.Null(noSize.Size);
        Assert.Null(noSize.Sha256);
    }

    [Fact]
    public void Html_and_json_fixtures_agree()
    {
        var json = DownloadsJsonParser.Parse(Fixture.Read("downloads.json")).GetValueOrThrow();
        var html = DownloadsHtmlParser.Parse(Fixture.Read("downloads.html")).GetValueOrThrow();
        DownloadsAgreement.AssertSame(json, html);
    }

    [Fact]
    public void Html_without_download_tables_fails()
    {
        var result = DownloadsHtmlParser.Parse("<html><body><p>No downloads here.</p></body></html>");
        Assert.False(result.IsSuccess);
        Assert.Contains("no download tables", result.Error);
    }
}

internal static class DownloadsAgreement
{
    /// <summary>Same (tag, filename, os, arch, kind) set, same stable flags, sizes within 1 MiB.</summary>
    public static void AssertSame(DownloadsFeed json, DownloadsFeed html)
    {
        var a = json.Files.Select(f => (f.Tag, f.Filename, f.Os, f.Arch, f.Kind)).ToHashSet();
        var b = html.Files.Select(f => (f.Tag, f.Filename, f.Os, f.Arch, f.Kind)).ToHashSet();
        Assert.True(a.SetEquals(b),
            $"only in JSON: {string.Join("; ", a.Except(b).Take(10))} | only in HTML: {string.Join("; ", b.Except(a).Take(10))}");
        var stableJson = json.Releases.ToDictionary(r => r.Tag, r => r.Stable);
        var stableMismatch = html.Releases.Where(r => stableJson[r.Tag] != r.Stable).Select(r => r.Tag).ToList();
        Assert.True(stableMismatch.Count == 0, "stable flag differs for " + string.Join(", ", stableMismatch));
        var exact = json.Files.ToDictionary(f => (f.Tag, f.Filename));
        var badSizes = html.Files
            .Where(f => exact[(f.Tag, f.Filename)].Size is var s && (s is null) != (f.Size is null) || s is not null && Math.Abs(s.Value - f.Size!.Value) > SizeTolerance)
            .Select(f => $"{f.Filename}: html {f.Size} json {exact[(f.Tag, f.Filename)].Size}")
            .ToList();
        Assert.True(badSizes.Count == 0, string.Join("; ", badSizes.Take(10)));
    }

    private const long SizeTolerance = 1L << 20;
}
