using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Diffs.Tests;

/// <summary>Hand-built facts, files and revisions modelled on Go 1.10–1.15 and 1.20–1.22.</summary>
internal static class TestData
{
    public const long MiB = 1024 * 1024;

    public static GoVersion V(string text) => GoVersion.Parse(text);

    public static IReadOnlyList<GoVersion> KnownLines { get; } =
        new[] { "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.20", "1.21", "1.22" }.Select(V).ToList();

    /// <summary>The chain of six adjacent majors used by the union property.</summary>
    public static IReadOnlyList<GoVersion> Chain { get; } = new[] { "1.10", "1.11", "1.12", "1.13", "1.14", "1.15" }.Select(V).ToList();

    public static Fact Fact(
        FactKind kind, string version, string subject,
        string? component = null, string? announcedIn = null, string? effective = null, string? last = null,
        string? port = null, string? os = null, string? osVersion = null, bool experimental = false,
        string? summary = null, string? source = null) => new()
    {
        Kind = kind,
        Version = V(version),
        Subject = subject,
        Component = component,
        AnnouncedIn = announcedIn is null ? null : V(announcedIn),
        EffectiveVersion = effective is null ? null : V(effective),
        LastVersion = last is null ? null : V(last),
        Port = port,
        Os = os,
        OsVersion = osVersion,
        Experimental = experimental,
        Category = kind == FactKind.Feature ? "library" : "ports",
        Summary = summary ?? $"{subject} ({kind.ToName()} in {version}).",
        Source = source ?? $"https://go.dev/doc/go{V(version).Line}#{subject.Replace(' ', '-').Replace('/', '-')}",
        Evidence = $"evidence for {subject}",
    };

    public static readonly Fact Modules = Fact(FactKind.Feature, "1.11", "modules", component: "go command");
    public static readonly Fact GoCacheOff = Fact(FactKind.Removal, "1.12", "GOCACHE=off", announcedIn: "1.11", last: "1.11");
    public static readonly Fact WindowsArm = Fact(FactKind.PortAdded, "1.12", "windows/arm", port: "windows/arm", experimental: true,
        summary: "Go now supports Windows 10 IoT Core on 32-bit ARM.", source: "https://go.dev/doc/go1.12#windows");
    public static readonly Fact AixPpc64 = Fact(FactKind.PortAdded, "1.12", "aix/ppc64", port: "aix/ppc64");
    public static readonly Fact Tls13 = Fact(FactKind.Feature, "1.12", "TLS 1.3", component: "crypto/tls");
    public static readonly Fact GoDirective = Fact(FactKind.Feature, "1.12", "go directive", component: "go command");
    public static readonly Fact GoTour = Fact(FactKind.Removal, "1.12", "go tour", component: "go command");
    public static readonly Fact MacOs1010 = Fact(FactKind.OsSupportEnded, "1.13", "macOS 10.10", announcedIn: "1.12", last: "1.12",
        os: "macOS", osVersion: "10.10", summary: "Support for macOS 10.10 stops after Go 1.12.",
        source: "https://go.dev/doc/go1.12#darwin");
    public static readonly Fact BinaryOnly = Fact(FactKind.Removal, "1.13", "binary-only packages", announcedIn: "1.12", last: "1.12");
    public static readonly Fact ErrorsWrap = Fact(FactKind.Feature, "1.13", "error wrapping", component: "errors");
    public static readonly Fact Sha1Certs = Fact(FactKind.Deprecation, "1.13", "SHA-1 certificates", effective: "1.15", component: "crypto/x509");
    public static readonly Fact NaclPorts = Fact(FactKind.Deprecation, "1.13", "nacl ports", effective: "1.14");
    public static readonly Fact Darwin386 = Fact(FactKind.PortRemoved, "1.15", "darwin/386", announcedIn: "1.14", last: "1.14", port: "darwin/386");
    public static readonly Fact Overlap = Fact(FactKind.Feature, "1.14", "overlapping interfaces", component: "language");
    public static readonly Fact IoutilDeprecated = Fact(FactKind.Deprecation, "1.14", "some old API");
    public static readonly Fact Embed = Fact(FactKind.Feature, "1.15", "time/tzdata", component: "time/tzdata");
    public static readonly Fact Go121Builtins = Fact(FactKind.Feature, "1.21", "min and max", component: "language");
    public static readonly Fact Go122Loopvar = Fact(FactKind.Feature, "1.22", "loop variables", component: "language");

    public static IReadOnlyList<Fact> Facts { get; } =
    [
        Modules, GoCacheOff, WindowsArm, AixPpc64, Tls13, GoDirective, GoTour, MacOs1010, BinaryOnly, ErrorsWrap,
        Sha1Certs, NaclPorts, Darwin386, Overlap, IoutilDeprecated, Embed, Go121Builtins, Go122Loopvar,
    ];

    public static MinorRevision Revision(string version, string date, bool security = false, string? summary = null) =>
        new(V(version), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            summary ?? $"go{version} includes fixes.", security, [], ShouldNotBeUsed: false);

    /// <summary>A revision the history flags as tagged but not to be used: no date, no fixes.</summary>
    public static MinorRevision NotForUse(string version) =>
        new(V(version), null, "was tagged by mistake; skip it.", false, [], ShouldNotBeUsed: true);

    /// <summary>Deliberately not in order.</summary>
    public static IReadOnlyList<MinorRevision> Revisions { get; } =
    [
        Revision("1.11.2", "2018-11-02"),
        Revision("1.11.1", "2018-10-01"),
        Revision("1.11.3", "2018-12-12", security: true),
        Revision("1.11.4", "2018-12-14"),
        Revision("1.11.5", "2019-01-23", security: true),
        Revision("1.11.6", "2019-03-14"),
        Revision("1.10.8", "2019-01-23", security: true),
        Revision("1.12.1", "2019-03-14"),
        Revision("1.12.2", "2019-04-05"),
        Revision("1.12.3", "2019-04-08"),
        Revision("1.12.4", "2019-04-11"),
        Revision("1.12.5", "2019-05-06", security: true),
        Revision("1.13.1", "2019-09-25", security: true),
        Revision("1.14.1", "2020-03-19"),
        Revision("1.21.1", "2023-09-06", security: true),
        Revision("1.21.2", "2023-10-05", security: true),
    ];

    public static DistributionFile File(string tag, string suffix, string os, string arch, DistributionKind kind, long? size) =>
        new(tag, tag + suffix, os, arch, kind, size, null);

    public static IReadOnlyList<DistributionFile> Go111Files { get; } =
    [
        File("go1.11", ".linux-amd64.tar.gz", "linux", "amd64", DistributionKind.Archive, 100 * MiB),
        File("go1.11", ".src.tar.gz", "", "", DistributionKind.Source, 20 * MiB),
        File("go1.11", ".darwin-amd64-osx10.8.pkg", "darwin", "amd64", DistributionKind.Installer, 110 * MiB),
        File("go1.11", ".darwin-amd64-osx10.6.pkg", "darwin", "amd64", DistributionKind.Installer, 105 * MiB),
        File("go1.11", ".windows-386.zip", "windows", "386", DistributionKind.Archive, 90 * MiB),
        File("go1.11", ".freebsd-arm.tar.gz", "freebsd", "arm", DistributionKind.Archive, null),
    ];

    public static IReadOnlyList<DistributionFile> Go112Files { get; } =
    [
        File("go1.12", ".linux-amd64.tar.gz", "linux", "amd64", DistributionKind.Archive, (long)(121.3 * MiB)),
        File("go1.12", ".src.tar.gz", "", "", DistributionKind.Source, 19 * MiB),
        File("go1.12", ".darwin-amd64-osx10.8.pkg", "darwin", "amd64", DistributionKind.Installer, 120 * MiB),
        File("go1.12", ".aix-ppc64.tar.gz", "aix", "ppc64", DistributionKind.Archive, 95 * MiB),
        File("go1.12", ".freebsd-arm.tar.gz", "freebsd", "arm", DistributionKind.Archive, 80 * MiB),
    ];

    public static DiffInput Input(IReadOnlyList<DistributionFile>? from = null, IReadOnlyList<DistributionFile>? to = null) => new()
    {
        KnownLines = KnownLines,
        Facts = Facts,
        Revisions = Revisions,
        FromFiles = from ?? [],
        ToFiles = to ?? [],
    };

    /// <summary><see cref="Input"/> plus 1.13.2, flagged not to be used, between 1.13.1 and 1.13.3.</summary>
    public static DiffInput InputWithNotForUse() => Input() with
    {
        Revisions = [.. Revisions, NotForUse("1.13.2"), Revision("1.13.3", "2019-10-17")],
    };

    /// <summary>1.13 → 1.14 over <see cref="InputWithNotForUse"/>: 1.13.1, 1.13.2 (not for use), 1.13.3.</summary>
    public static VersionDiff Go113To114WithNotForUse() => Diff("1.13", "1.14", InputWithNotForUse());

    public static VersionDiff Diff(string from, string to, DiffInput? input = null) =>
        DiffEngine.Compute(V(from), V(to), input ?? Input());

    /// <summary>1.11 → 1.12 with files: the running example of the renderer tests.</summary>
    public static VersionDiff Go111To112() => Diff("1.11", "1.12", Input(Go111Files, Go112Files));
}
