using ChangeTracker.Domain.Changes;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Facts;

/// <summary>Maps history entries between the domain and their rows.</summary>
internal static class FactChangeRecords
{
    public static FactChangeRecord ToRecord(FactChange change, FactChangeStamp stamp) => new()
    {
        RunId = stamp.RunId,
        SeenAt = stamp.SeenAt,
        PageVersion = change.Page.ToString(),
        FactId = change.FactId,
        Change = change.Change.ToName(),
        Kind = change.Kind.ToName(),
        Version = change.Version.ToString(),
        Subject = change.Subject,
        Summary = change.Summary,
        PreviousSummary = change.PreviousSummary,
        Source = change.Source,
    };

    public static FactChange ToChange(FactChangeRecord r) => new(
        FactChangeKindNames.FromName(r.Change), r.FactId, GoVersion.Parse(r.PageVersion), FactKinds.TryParse(r.Kind, out var kind) ? kind : throw new InvalidDataException($"history entry {r.Id} has unknown kind '{r.Kind}'"),
        GoVersion.Parse(r.Version), r.Subject, r.Summary, r.PreviousSummary, r.Source);
}
