using ChangeTracker.Domain.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Sources.Tests;

public sealed class ReleaseSourceFactoryTests
{
    [Theory]
    [InlineData("https://go.dev")]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("HTTPS://go.dev/")]
    public void Http_locations_give_an_HttpSource(string location)
    {
        using var provider = TestSources.Provider();

        var source = provider.Factory().Create(location);

        Assert.IsType<HttpSource>(source);
        Assert.False(source.Location.EndsWith('/'));
    }

    [Fact]
    public void Other_locations_give_a_FolderSource_resolved_against_the_current_directory()
    {
        using var provider = TestSources.Provider();

        var source = provider.Factory().Create("mirror/go-site");

        Assert.IsType<FolderSource>(source);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "mirror", "go-site"), source.Location);
    }

    [Fact]
    public void File_urls_give_a_FolderSource()
    {
        using var provider = TestSources.Provider();
        var folder = Path.Combine(Path.GetTempPath(), "site");

        var source = provider.Factory().Create(new Uri(folder).AbsoluteUri);

        Assert.IsType<FolderSource>(source);
        Assert.Equal(Path.GetFullPath(folder), source.Location);
    }

    [Fact]
    public void The_same_base_address_gives_the_same_HttpSource()
    {
        using var provider = TestSources.Provider();
        var factory = provider.Factory();

        Assert.Same(factory.Create("https://go.dev"), factory.Create("https://go.dev/"));
        Assert.NotSame(factory.Create("https://go.dev"), factory.Create("http://127.0.0.1:9"));
    }

    [Fact]
    public void The_default_source_is_go_dev()
    {
        using var provider = TestSources.Provider();

        var source = provider.GetRequiredService<IReleaseSource>();

        Assert.IsType<HttpSource>(source);
        Assert.Equal("https://go.dev", source.Location);
        Assert.Equal(new Uri("https://go.dev/doc/go1.12"), source.PublicUrl(SourcePath.ReleaseNotes("go1.12")));
    }

    [Fact]
    public void The_default_source_follows_the_configured_location()
    {
        using var folder = new TempFolder();
        using var provider = TestSources.Provider(o => o.Location = folder.Path);

        var source = provider.GetRequiredService<IReleaseSource>();

        Assert.IsType<FolderSource>(source);
        Assert.Equal(new Uri("https://go.dev/dl/"), source.PublicUrl(SourcePath.DownloadsHtml));
    }

    [Fact]
    public void Folder_sources_use_the_configured_public_base()
    {
        using var provider = TestSources.Provider(o => o.PublicBaseUrl = "https://golang.google.cn");

        var source = provider.Factory().Create("somewhere");

        Assert.Equal(new Uri("https://golang.google.cn/doc/go1.12"), source.PublicUrl(SourcePath.ReleaseNotes("go1.12")));
    }

    [Fact]
    public void HttpSource_PublicUrl_is_base_plus_path()
    {
        using var provider = TestSources.Provider();

        var source = provider.Factory().Create("http://127.0.0.1:5000/mirror/");

        Assert.Equal(new Uri("http://127.0.0.1:5000/mirror/dl/?mode=json&include=all"), source.PublicUrl(SourcePath.DownloadsJson));
    }

    [Fact]
    public void Defaults_are_as_documented()
    {
        var o = new SourceOptions();

        Assert.Equal("https://go.dev", o.Location);
        Assert.Equal(TimeSpan.FromSeconds(30), o.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), o.TotalTimeout);
        Assert.Equal(3, o.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), o.BaseDelay);
        Assert.Equal(4, o.MaxConcurrency);
        Assert.Equal("https://go.dev", o.PublicBaseUrl);
        Assert.Equal("ChangeTracker/1.0 (+https://github.com/changetracker; release-notes tracker)", o.UserAgent);
    }

    [Theory]
    [InlineData("attempt-over-total", "must not exceed TotalTimeout")]
    [InlineData("concurrency", "MaxConcurrency")]
    [InlineData("retry-delays", "exceed TotalTimeout")]
    [InlineData("public-base", "PublicBaseUrl")]
    public void Invalid_options_fail_with_a_clear_message(string what, string expected)
    {
        using var provider = TestSources.Provider(o =>
        {
            switch (what)
            {
                case "attempt-over-total": o.AttemptTimeout = TimeSpan.FromSeconds(10); o.TotalTimeout = TimeSpan.FromSeconds(5); break;
                case "concurrency": o.MaxConcurrency = 0; break;
                case "retry-delays": o.BaseDelay = TimeSpan.FromSeconds(10); o.MaxRetries = 5; o.TotalTimeout = TimeSpan.FromSeconds(30); break;
                case "public-base": o.PublicBaseUrl = "not a url"; break;
            }
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.Factory());

        Assert.Contains(expected, ex.Message);
    }
}
