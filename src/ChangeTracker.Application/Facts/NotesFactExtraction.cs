using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Application.Facts;

/// <summary>The seam between ingestion and the fact rules of ChangeTracker.Facts.</summary>
public static class NotesFactExtraction
{
    public sealed record Result(IReadOnlyList<Fact> Facts, string? Error);

    public static Result Extract(ReleaseNotes notes, Uri pageUrl)
    {
        // Wired to ChangeTracker.Facts.FactExtractor once the rules land.
        return notes.Items.Any() ? new Result([], null) : new Result([], "the notes page has no items");
    }

    public static IReadOnlyList<Fact> Link(IEnumerable<Fact> facts) => facts.ToList();
}
