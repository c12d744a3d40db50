using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Facts;

namespace ChangeTracker.Application.Facts;

/// <summary>The seam between ingestion and the fact rules of ChangeTracker.Facts.</summary>
public static class NotesFactExtraction
{
    public sealed record Result(IReadOnlyList<Fact> Facts, string? Error);

    public static Result Extract(ReleaseNotes notes, Uri pageUrl)
    {
        var extraction = FactExtractor.Extract(notes, pageUrl);
        return new Result(extraction.Facts, extraction.Error);
    }

    public static IReadOnlyList<Fact> Link(IEnumerable<Fact> facts) => FactLinker.Link(facts);
}
