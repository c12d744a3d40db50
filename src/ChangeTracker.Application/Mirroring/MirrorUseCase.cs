using ChangeTracker.Domain.Sources;
using ChangeTracker.Parsing;
using ChangeTracker.Sources;

namespace ChangeTracker.Application.Mirroring;

public sealed record MirroredPage(string Path, string? Error);

public sealed record MirrorReport(string Folder, int Saved, IReadOnlyList<MirroredPage> Failed);

/// <summary>
/// Saves what a source serves into a folder laid out by URL path: the release history, the downloads
/// feed (JSON and HTML) and every notes page the history names, so a later ingest can run offline.
/// </summary>
public sealed class MirrorUseCase(ReleaseSourceFactory sources, FolderMirrorWriter writer, MarkupBudget budget)
{
    public async Task<MirrorReport> RunAsync(string sourceLocation, string folder, IProgress<MirroredPage>? progress, CancellationToken cancellationToken)
    {
        var source = sources.Create(sourceLocation);
        var target = Path.GetFullPath(folder);
        var failed = new List<MirroredPage>();
        var saved = 0;

        async Task<string?> CopyAsync(SourcePath path)
        {
            var response = await source.FetchAsync(path, null, cancellationToken);
            var page = response.Outcome == SourceOutcome.Ok
                ? new MirroredPage(path.Value, null)
                : new MirroredPage(path.Value, response.Error ?? response.Outcome.ToString());
            if (page.Error is null)
            {
                await writer.SaveAsync(target, path, response.Body!, cancellationToken);
                Interlocked.Increment(ref saved);
            }
            else lock (failed) failed.Add(page);
            progress?.Report(page);
            return page.Error is null ? response.Body : null;
        }

        var history = await CopyAsync(SourcePath.ReleaseHistory);
        await CopyAsync(SourcePath.DownloadsJson);
        await CopyAsync(SourcePath.DownloadsHtml);
        var parsed = history is null ? null : ReleaseHistoryParser.Parse(history, budget);
        if (parsed?.Value is { } releases)
        {
            var paths = releases.Majors.Select(m => SourcePath.ReleaseNotes("go" + m.Version.Line)).Distinct();
            await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                async (path, _) => await CopyAsync(path));
        }
        else if (history is not null)
        {
            failed.Add(new MirroredPage(SourcePath.ReleaseHistory.Value, $"cannot discover versions: {parsed?.Error}"));
        }
        return new MirrorReport(target, saved, failed);
    }
}
