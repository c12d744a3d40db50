using ChangeTracker.Application.Facts;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Parsing;
using ChangeTracker.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Bench;

/// <summary>
/// The least a full ingestion must do, the way it does it: read every source through the same source, parse the release
/// history and the downloads feed, then parse and extract the facts of every notes page, as many at a time as ingestion
/// (ChangeTracker:Source:MaxConcurrency) — everything but the hashing and the storing.
/// </summary>
public static class IngestFloor
{
    public static async Task RunAsync(IServiceProvider services, string location, CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<ReleaseSourceFactory>().Create(location);
        var history = ReleaseHistoryParser.Parse(await BodyAsync(source, SourcePath.ReleaseHistory, cancellationToken)).GetValueOrThrow();
        DownloadsJsonParser.Parse(await BodyAsync(source, SourcePath.DownloadsJson, cancellationToken)).GetValueOrThrow();
        var lines = history.Majors.Select(m => m.Version.Line).Distinct().ToList();
        var parallelism = services.GetRequiredService<IOptions<SourceOptions>>().Value.MaxConcurrency;
        await Parallel.ForEachAsync(lines, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (line, ct) =>
        {
            var path = SourcePath.ReleaseNotes("go" + line);
            var notes = ReleaseNotesParser.Parse(await BodyAsync(source, path, ct), line).GetValueOrThrow();
            NotesFactExtraction.Extract(notes, source.PublicUrl(path));
        });
    }

    private static async Task<string> BodyAsync(IReleaseSource source, SourcePath path, CancellationToken cancellationToken) =>
        (await source.FetchAsync(path, null, cancellationToken)).Body ?? throw new InvalidOperationException($"{path}: could not be read");
}
