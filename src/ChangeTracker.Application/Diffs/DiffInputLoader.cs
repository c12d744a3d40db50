using System.Data.Common;
using ChangeTracker.Application.Facts;
using ChangeTracker.Application.Queries;
using ChangeTracker.Diffs;
using ChangeTracker.Diffs.Coverage;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Diffs;

/// <summary>
/// Loads what <see cref="DiffEngine"/> needs for a pair of versions from the database, with plain reads
/// (<see cref="PlainReads"/>): a diff then compiles no EF Core query, which a CLI command would pay for on every run.
/// </summary>
public sealed class DiffInputLoader(DatabaseTarget target, KnownVersionsQuery versions, FactStore facts)
{
    public async Task<DiffInput> LoadAsync(GoVersion from, GoVersion to, CancellationToken cancellationToken) =>
        (await LoadPairsAsync([(from, to)], cancellationToken))[0];

    /// <summary>
    /// The inputs of several pairs at once: what every pair shares (known lines, revisions, linked facts) is read once,
    /// and the files of all their releases in one query, so refreshing the stored diffs reads the database once.
    /// </summary>
    public async Task<IReadOnlyList<DiffInput>> LoadPairsAsync(IReadOnlyList<(GoVersion From, GoVersion To)> pairs, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0) return [];
        var lines = await versions.AllAsync(cancellationToken);
        var linked = await facts.LoadLinkedAsync(cancellationToken);
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        var revisions = await RevisionsAsync(connection, cancellationToken);
        var files = await FilesAsync(connection, pairs.SelectMany(p => new[] { DiffEngine.ReleaseFor(p.From), DiffEngine.ReleaseFor(p.To) }), cancellationToken);
        return pairs.Select(p => new DiffInput
        {
            KnownLines = lines,
            Facts = linked,
            FromFiles = files.GetValueOrDefault(DiffEngine.ReleaseFor(p.From).ToString(), []),
            ToFiles = files.GetValueOrDefault(DiffEngine.ReleaseFor(p.To).ToString(), []),
            Revisions = revisions,
        }).ToList();
    }

    /// <summary>What the stored sources cover: releases with downloads files, major lines with a stored notes page.</summary>
    public async Task<SourceCoverage> LoadCoverageAsync(CancellationToken cancellationToken)
    {
        var withFiles = new HashSet<GoVersion>();
        await using (var connection = await PlainReads.OpenAsync(target, cancellationToken))
        await using (var command = PlainReads.Command(connection, """SELECT DISTINCT "Version" FROM "DistributionFiles" WHERE "Version" IS NOT NULL;"""))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                if (GoVersion.TryParse(reader.GetString(0), out var version)) withFiles.Add(version);
        }
        var withNotes = await versions.WithNotesAsync(cancellationToken);
        return new SourceCoverage(withFiles, withNotes.Select(v => v.Line).ToHashSet());
    }

    /// <summary>Every stored revision, ascending.</summary>
    private static async Task<IReadOnlyList<MinorRevision>> RevisionsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var revisions = new List<MinorRevision>();
        await using var command = PlainReads.Command(connection,
            """SELECT "Version", "Date", "Summary", "Security", "ShouldNotBeUsed" FROM "Revisions" ORDER BY "SortKey";""");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            revisions.Add(new MinorRevision(GoVersion.Parse(reader.GetString(0)), PlainReads.DateOnlyOrNull(reader, 1), reader.GetString(2),
                reader.GetBoolean(3), [], reader.GetBoolean(4)));
        return revisions;
    }

    /// <summary>The files of <paramref name="releases"/>, by release, in stored order.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<DistributionFile>>> FilesAsync(DbConnection connection, IEnumerable<GoVersion> releases, CancellationToken cancellationToken)
    {
        var names = releases.Select(r => r.ToString()).Distinct().ToList();
        var parameters = names.Select((v, i) => ($"@v{i}", (object)v)).ToArray();
        var records = new List<DistributionFileRecord>();
        await using (var command = PlainReads.Command(connection, $"""
            SELECT "Tag", "Version", "Filename", "Os", "Arch", "Kind", "Size", "Sha256", "SizeIsApproximate" FROM "DistributionFiles"
            WHERE "Version" IN ({string.Join(", ", parameters.Select(p => p.Item1))}) ORDER BY "Id";
            """, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                records.Add(new DistributionFileRecord
                {
                    Tag = reader.GetString(0), Version = reader.GetString(1), Filename = reader.GetString(2), Os = reader.GetString(3),
                    Arch = reader.GetString(4), Kind = reader.GetString(5), Size = reader.IsDBNull(6) ? null : reader.GetInt64(6),
                    Sha256 = PlainReads.StringOrNull(reader, 7), SizeIsApproximate = reader.GetBoolean(8),
                });
        }
        return records.GroupBy(f => f.Version!).ToDictionary(g => g.Key, g => (IReadOnlyList<DistributionFile>)g.Select(ToFile).ToList());
    }

    internal static DistributionFile ToFile(DistributionFileRecord f) =>
        new(f.Tag, f.Filename, f.Os, f.Arch, DistributionKindNames.TryParse(f.Kind, out var kind) ? kind : DistributionKind.Archive, f.Size, f.Sha256, f.SizeIsApproximate);
}
