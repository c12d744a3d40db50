using ChangeTracker.Diffs;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Diffs;

/// <summary>Between a <see cref="VersionDiff"/> and its stored rows (one row per fact, file pair and revision).</summary>
internal static class StoredDiffMapping
{
    public const string FactsSection = "facts";
    public const string ComingNextSection = "comingNext";

    public static StoredDiffRecord ToRecord(VersionDiff diff, string inputsHash, DateTimeOffset now) => new()
    {
        FromVersion = diff.From.ToString(),
        ToVersion = diff.To.ToString(),
        FromSortKey = diff.From.SortKey,
        ToSortKey = diff.To.SortKey,
        ComputedAt = now,
        InputsHash = inputsHash,
        Facts = diff.Facts.Select((f, i) => ToRecord(FactsSection, i, f))
            .Concat(diff.ComingNext.Select((f, i) => ToRecord(ComingNextSection, i, f))).ToList(),
        Files = diff.Distribution.Select(d => new StoredDiffFileRecord
        {
            Os = d.Os, Arch = d.Arch, Kind = d.Kind.ToName(),
            FromFile = d.FromFile, FromBytes = d.FromBytes, ToFile = d.ToFile, ToBytes = d.ToBytes, DeltaBytes = d.DeltaBytes,
        }).ToList(),
        Revisions = diff.Revisions.Select(r => new StoredDiffRevisionRecord
        {
            Version = r.Version.ToString(), Date = r.Date, Security = r.Security, ShouldNotBeUsed = r.ShouldNotBeUsed,
        }).ToList(),
    };

    public static VersionDiff ToDiff(StoredDiffRecord record, GoVersion from, GoVersion to) => new()
    {
        From = from,
        To = to,
        MajorsCrossed = [GoVersion.Parse(record.ToVersion)],
        Facts = Facts(record, FactsSection),
        ComingNext = Facts(record, ComingNextSection),
        Distribution = record.Files.OrderBy(f => f.Id).Select(f => new DistributionChange(
            f.Os, f.Arch, DistributionKindNames.TryParse(f.Kind, out var kind) ? kind : DistributionKind.Archive,
            f.FromFile, f.FromBytes, f.ToFile, f.ToBytes)).ToList(),
        Revisions = record.Revisions.OrderBy(r => r.Id)
            .Select(r => new MinorRevision(GoVersion.Parse(r.Version), r.Date, "", r.Security, [], r.ShouldNotBeUsed)).ToList(),
    };

    private static List<Fact> Facts(StoredDiffRecord record, string section) =>
        record.Facts.Where(f => f.Section == section).OrderBy(f => f.Ordinal).Select(f => FactRecords.ToFact(f) with { Page = f.PageVersion is { } page ? GoVersion.Parse(page) : null }).ToList();

    private static StoredDiffFactRecord ToRecord(string section, int ordinal, Fact f) =>
        FactRecords.Fill(new StoredDiffFactRecord { Section = section, Ordinal = ordinal, PageVersion = f.Page?.ToString() }, f);
}
