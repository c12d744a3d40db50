using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Ingestion;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Tests.Ingestion;
using ChangeTracker.Diffs;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Testing;

namespace ChangeTracker.Application.Tests.Diffs;

/// <summary>Diffs over one ingestion of ../shared/go-site, on each provider.</summary>
public abstract class GoSiteDiffTests(GoSiteIngestionFixture site)
{
    private DiffUseCase Diffs => site.App.Get<DiffUseCase>();

    private Task<VersionDiff> DiffAsync(string from, string to) =>
        Diffs.DiffAsync(GoVersion.Parse(from), GoVersion.Parse(to), CancellationToken.None);

    [GoSiteFact]
    public async Task Diff_1_11_to_1_12_adds_aix_ppc64_and_windows_arm()
    {
        var diff = await DiffAsync("1.11", "1.12");
        var ports = diff.FactsOfKind(FactKind.PortAdded).Select(f => f.Port).ToList();
        Assert.Contains("aix/ppc64", ports);
        Assert.Contains("windows/arm", ports);
    }

    [GoSiteFact]
    public async Task Diff_1_12_to_1_13_ends_old_platforms_removes_binary_only_packages_and_lists_features()
    {
        var diff = await DiffAsync("1.12", "1.13");
        var ended = diff.FactsOfKind(FactKind.OsSupportEnded).Select(f => f.Subject).ToList();
        Assert.Contains("macOS 10.10", ended);
        Assert.Contains("FreeBSD 10.x", ended);
        Assert.Contains(diff.FactsOfKind(FactKind.Removal), f => f.Subject.Contains("binary-only packages"));
        var features = diff.FactsOfKind(FactKind.Feature).ToList();
        Assert.True(features.Count > 50, $"{features.Count} features");
        Assert.All(features, f => Assert.Equal(GoVersion.Parse("1.13"), f.Version));
        Assert.Contains(features, f => f.Component == "crypto/tls");
    }

    [GoSiteFact]
    public async Task Diff_1_11_5_to_1_12_shows_the_linux_amd64_archive_size_change_in_bytes()
    {
        var diff = await DiffAsync("1.11.5", "1.12");
        var archive = diff.Distribution.Single(d => d is { Os: "linux", Arch: "amd64", Kind: Domain.Downloads.DistributionKind.Archive });
        Assert.Equal("go1.11.5.linux-amd64.tar.gz", archive.FromFile);
        Assert.Equal(140_132_627, archive.FromBytes);
        Assert.Equal(127_228_112, archive.ToBytes);
        Assert.Equal(-12_904_515, archive.DeltaBytes);
    }

    [GoSiteFact]
    public async Task A_new_port_has_its_downloads_only_on_the_new_side()
    {
        var diff = await DiffAsync("1.15", "1.16");
        var added = diff.Distribution.Where(d => d.IsAdded).Select(d => d.ToFile).ToList();
        Assert.Contains("go1.16.darwin-arm64.tar.gz", added);
        Assert.Contains("go1.16.darwin-arm64.pkg", added);
        Assert.DoesNotContain(diff.Distribution, d => d.IsAdded && d.Os == "linux" && d.Arch == "amd64");
    }

    [GoSiteFact]
    public async Task A_long_jump_contains_the_union_of_its_adjacent_diffs()
    {
        var lines = (await site.App.Get<KnownVersionsQuery>().AllAsync(CancellationToken.None)).Where(v => v >= GoVersion.Parse("1.1")).ToList();
        var union = new HashSet<string>();
        foreach (var (from, to) in lines.Zip(lines.Skip(1)))
            union.UnionWith((await Diffs.DiffAsync(from, to, CancellationToken.None)).Facts.Select(Key));
        var jump = await Diffs.DiffAsync(lines[0], lines[^1], CancellationToken.None);
        var jumpKeys = jump.Facts.Select(Key).ToHashSet();
        Assert.Empty(union.Except(jumpKeys));
        Assert.Empty(jumpKeys.Except(union));
        Assert.Equal(lines.Count - 1, jump.MajorsCrossed.Count);
    }

    [GoSiteFact]
    public async Task The_upgrade_report_for_1_11_to_1_21_has_every_platform_change_in_between()
    {
        var diff = await DiffAsync("1.11", "1.21");
        Assert.Contains(diff.FactsOfKind(FactKind.OsSupportEnded), f => f.Subject == "macOS 10.10");
        Assert.Contains(diff.FactsOfKind(FactKind.PortRemoved), f => f.Port == "darwin/386");
        Assert.NotEmpty(diff.Revisions);
        Assert.Contains(diff.Revisions, r => r.Security);
    }

    [GoSiteFact]
    public async Task A_downgrade_has_the_same_facts_as_the_upgrade_and_is_flagged()
    {
        var up = await DiffAsync("1.11", "1.21");
        var down = await DiffAsync("1.21", "1.11");
        Assert.True(down.IsDowngrade);
        Assert.Equal(up.Facts.Select(Key).Order(), down.Facts.Select(Key).Order());
    }

    [GoSiteFact]
    public async Task An_unknown_version_names_the_nearest_known_ones()
    {
        var ex = await Assert.ThrowsAsync<UnknownVersionException>(() => DiffAsync("1.12", "1.99"));
        Assert.Contains("1.99", ex.Message);
        Assert.Contains("1.27", ex.Message);
    }

    [GoSiteFact]
    public async Task Stored_adjacent_diffs_equal_the_computed_ones()
    {
        await site.App.Get<StoredDiffs>().RecomputeAsync(null, CancellationToken.None);
        var stored = await site.App.Get<StoredDiffs>().FindAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), CancellationToken.None);
        Assert.NotNull(stored);
        var computed = await Diffs.ComputeAsync(GoVersion.Parse("1.12"), GoVersion.Parse("1.13"), CancellationToken.None);
        Assert.Equal(computed.Facts.Select(Key), stored.Facts.Select(Key));
        Assert.Equal(computed.ComingNext.Select(Key), stored.ComingNext.Select(Key));
        Assert.Equal(computed.Distribution, stored.Distribution);
        Assert.Equal(computed.Revisions.Select(r => (r.Version, r.Date, r.Security)), stored.Revisions.Select(r => (r.Version, r.Date, r.Security)));
    }

    private static string Key(Fact f) => $"{f.Kind}|{f.Version}|{f.Subject}|{f.Component}|{f.Source}|{f.Summary}";
}

public sealed class GoSiteDiffOnSqliteTests(GoSiteIngestionFixture site) : GoSiteDiffTests(site), IClassFixture<GoSiteIngestionFixture>;

public sealed class GoSiteDiffOnPostgreSqlTests(PostgreSqlGoSiteIngestionFixture site) : GoSiteDiffTests(site), IClassFixture<PostgreSqlGoSiteIngestionFixture>, IPostgreSqlTests;
