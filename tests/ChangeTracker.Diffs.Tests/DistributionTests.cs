using ChangeTracker.Domain.Downloads;
using static ChangeTracker.Diffs.Tests.TestData;

namespace ChangeTracker.Diffs.Tests;

public class DistributionTests
{
    private static readonly VersionDiff Diff112 = Go111To112();

    [Fact]
    public void Files_are_matched_by_os_arch_and_kind_with_the_delta()
    {
        var row = Assert.Single(Diff112.Distribution, r => r is { Os: "linux", Arch: "amd64", Kind: DistributionKind.Archive });

        Assert.Equal("go1.11.linux-amd64.tar.gz", row.FromFile);
        Assert.Equal(100 * MiB, row.FromBytes);
        Assert.Equal("go1.12.linux-amd64.tar.gz", row.ToFile);
        Assert.Equal((long)(121.3 * MiB), row.ToBytes);
        Assert.Equal((long)(121.3 * MiB) - 100 * MiB, row.DeltaBytes);
        Assert.Equal(21.3, row.DeltaPercent!.Value, 2);
    }

    [Fact]
    public void A_new_port_has_only_a_to_side()
    {
        var row = Assert.Single(Diff112.Distribution, r => r.Os == "aix");

        Assert.True(row.IsAdded);
        Assert.Null(row.FromFile);
        Assert.Null(row.FromBytes);
        Assert.Equal("go1.12.aix-ppc64.tar.gz", row.ToFile);
        Assert.Equal(95 * MiB, row.ToBytes);
        Assert.Null(row.DeltaBytes);
    }

    [Fact]
    public void A_dropped_file_has_only_a_from_side()
    {
        var windows = Assert.Single(Diff112.Distribution, r => r.Os == "windows");
        Assert.True(windows.IsRemoved);
        Assert.Equal("go1.11.windows-386.zip", windows.FromFile);
        Assert.Null(windows.ToFile);
        Assert.Null(windows.DeltaBytes);
    }

    [Fact]
    public void Several_files_of_one_key_pair_by_name_without_the_tag()
    {
        var installers = Diff112.Distribution.Where(r => r.Kind == DistributionKind.Installer).ToList();

        Assert.Equal(2, installers.Count);
        var osx108 = Assert.Single(installers, r => r.FromFile == "go1.11.darwin-amd64-osx10.8.pkg");
        Assert.Equal("go1.12.darwin-amd64-osx10.8.pkg", osx108.ToFile);
        Assert.Equal(10 * MiB, osx108.DeltaBytes);
        var osx106 = Assert.Single(installers, r => r.FromFile == "go1.11.darwin-amd64-osx10.6.pkg");
        Assert.Null(osx106.ToFile);
    }

    [Fact]
    public void An_unknown_size_gives_no_delta_but_keeps_the_match()
    {
        var row = Assert.Single(Diff112.Distribution, r => r.Os == "freebsd");

        Assert.Equal("go1.11.freebsd-arm.tar.gz", row.FromFile);
        Assert.Null(row.FromBytes);
        Assert.Equal(80 * MiB, row.ToBytes);
        Assert.Null(row.DeltaBytes);
        Assert.False(row.IsAdded);
    }

    [Fact]
    public void Every_file_appears_in_exactly_one_row_in_a_stable_order()
    {
        Assert.Equal(Go111Files.Select(f => f.Filename).Order(), Diff112.Distribution.Where(r => r.FromFile != null).Select(r => r.FromFile!).Order());
        Assert.Equal(Go112Files.Select(f => f.Filename).Order(), Diff112.Distribution.Where(r => r.ToFile != null).Select(r => r.ToFile!).Order());
        Assert.Equal(
            ["source", "aix/ppc64", "darwin/amd64", "darwin/amd64", "freebsd/arm", "linux/amd64", "windows/386"],
            Diff112.Distribution.Select(r => r.Platform));
    }

    [Fact]
    public void Shrinking_source_archive_has_a_negative_delta()
    {
        var source = Assert.Single(Diff112.Distribution, r => r.Kind == DistributionKind.Source);
        Assert.Equal(-1 * MiB, source.DeltaBytes);
    }
}
