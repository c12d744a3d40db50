using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;

namespace ChangeTracker.Application.Queries;

/// <summary>
/// The one answer to "which major versions are stored": every release row (the release history discovers them),
/// ascending. The API, the CLI, the platform queries, the diffs and the ingestion all ask here. A plain read
/// (<see cref="PlainReads"/>): a CLI command's diff starts no EF Core for it.
/// </summary>
public sealed class KnownVersionsQuery(DatabaseTarget target)
{
    private const string Sql = """SELECT "Version", "ContentHash" FROM "Releases";""";

    /// <summary>Every stored major line, ascending.</summary>
    public async Task<IReadOnlyList<GoVersion>> AllAsync(CancellationToken cancellationToken) =>
        (await ReleasesAsync(cancellationToken)).Select(r => r.Line).ToList();

    /// <summary>The stored major lines whose notes page is stored (they have facts to diff), ascending.</summary>
    public async Task<IReadOnlyList<GoVersion>> WithNotesAsync(CancellationToken cancellationToken) =>
        (await ReleasesAsync(cancellationToken)).Where(r => r.HasNotes).Select(r => r.Line).ToList();

    /// <summary>Every stored major line and whether its notes page is stored, ascending: both answers from one read.</summary>
    public async Task<IReadOnlyList<(GoVersion Line, bool HasNotes)>> ReleasesAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(GoVersion Line, bool HasNotes)>();
        await using var connection = await PlainReads.OpenAsync(target, cancellationToken);
        await using var command = PlainReads.Command(connection, Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((GoVersion.Parse(reader.GetString(0)), !reader.IsDBNull(1)));
        return rows.OrderBy(r => r.Line).ToList();
    }
}
