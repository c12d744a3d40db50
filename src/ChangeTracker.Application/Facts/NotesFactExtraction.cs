using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Facts;

namespace ChangeTracker.Application.Facts;

/// <summary>The seam between ingestion and the fact rules of ChangeTracker.Facts.</summary>
public static class NotesFactExtraction
{
    public sealed record Result(IReadOnlyList<Fact> Facts, string? Error);

    /// <summary>
    /// The facts of one page, or an error naming the page and what went wrong: extraction that throws (a rule that
    /// times out on a hostile sentence, a malformed item) fails the page, and nothing stored for it changes.
    /// </summary>
    public static Result Extract(ReleaseNotes notes, Uri pageUrl)
    {
        try
        {
            var extraction = FactExtractor.Extract(notes, pageUrl);
            return new Result(extraction.Facts, extraction.Error);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return new Result([], $"facts: extracting {pageUrl} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    public static IReadOnlyList<Fact> Link(IEnumerable<Fact> facts) => FactLinker.Link(facts);
}
